using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>Commands that read an output directory refuse a set that is not the complete output of one ingest run.</summary>
public class ManifestCheckTests
{
    [Fact]
    public void LoadNeo4j_GraphJsonChangedAfterIngest_IsRefusedBeforeConnecting()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "json", "--no-progress").ExitCode);
        File.AppendAllText(dir.File("graph.json"), "\n");

        var result = CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", "http://127.0.0.1:1", "--password", "secret", "--no-progress");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("graph.json: changed since ingest wrote it", result.Err);
        Assert.DoesNotContain("Loading", result.Out);
    }

    [Fact]
    public void Visualize_GraphJsonOfAnOlderRun_IsRefused()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "json", "--no-progress").ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "nt", "--no-progress").ExitCode);

        var result = CliRunner.Run("visualize", "--from", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("graph.json: not part of the last complete ingest run", result.Err);
    }

    [Fact]
    public void Visualize_CompleteOutput_RebuildsAndTheSetStillVerifies()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "json,html,nq", "--no-progress").ExitCode);

        var visualize = CliRunner.Run("visualize", "--from", dir.Path);
        var publishCheck = GraphBuilder.Core.Output.OutputManifest.Verify(dir.Path, ["graph.nq", "graph.json", "graph.html", "graph.graphml"]);

        Assert.True(visualize.ExitCode == 0, visualize.Err);
        Assert.True(publishCheck.Ok, publishCheck.Error);
    }
}
