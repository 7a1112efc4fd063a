using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class OutputSetTests
{
    private static void WriteSet(string directory, string content, bool commit = true)
    {
        using var set = OutputSet.Begin(directory);
        set.Staging.WriteText("graph.nt", w => w.Write(content));
        set.Staging.WriteText("sub/part.csv", w => w.Write(content + "-csv"));
        if (commit) set.Commit(keepOtherEntries: false);
    }

    [Fact]
    public void Commit_WholeSet_AppearsWithAManifestThatVerifies()
    {
        using var dir = new TempDirectory();

        WriteSet(dir.Path, "one");

        Assert.Equal("one", File.ReadAllText(dir.File("graph.nt")));
        Assert.Equal("one-csv", File.ReadAllText(dir.File("sub/part.csv")));
        Assert.True(OutputManifest.Verify(dir.Path, ["graph.nt", "sub/part.csv"]).Ok);
        Assert.Equal(new[] { OutputManifest.FileName, "graph.nt", "sub" }.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesThePreviousSetUntouchedAndNoTempFiles()
    {
        using var dir = new TempDirectory();
        WriteSet(dir.Path, "old");
        var before = Snapshot(dir.Path);

        WriteSet(dir.Path, "new", commit: false); // cancelled or failed run

        Assert.Equal(before, Snapshot(dir.Path));
        Assert.True(OutputManifest.Verify(dir.Path, ["graph.nt"]).Ok);
    }

    [Fact]
    public void Verify_ChangedOrForeignFile_IsRefusedNamingTheFile()
    {
        using var dir = new TempDirectory();
        WriteSet(dir.Path, "one");
        File.WriteAllText(dir.File("sub/part.csv"), "a file of another run");
        File.WriteAllText(dir.File("other.json"), "{}");

        Assert.Contains("part.csv: changed since ingest wrote it", OutputManifest.Verify(dir.Path, ["sub/part.csv"]).Error);
        Assert.Contains("other.json: not part of the last complete ingest run", OutputManifest.Verify(dir.Path, ["other.json"]).Error);
    }

    [Fact]
    public void Verify_SwitchInterruptedAfterTheMarker_IsRefused()
    {
        using var dir = new TempDirectory();
        WriteSet(dir.Path, "one");
        new OutputDirectory(dir.Path).WriteText(OutputManifest.FileName, OutputManifest.WriteIncomplete); // killed mid-switch

        Assert.Contains("interrupted", OutputManifest.Verify(dir.Path, ["graph.nt"]).Error);
    }

    [Fact]
    public void Begin_StagingLeftByADeadProcess_IsRemoved()
    {
        using var dir = new TempDirectory();
        var leftover = Directory.CreateDirectory(dir.File(".graphbuilder-staging-999999999-abc")).FullName;
        File.WriteAllText(Path.Combine(leftover, ".graph.nt.x.tmp"), "partial");

        using var set = OutputSet.Begin(dir.Path);

        Assert.False(Directory.Exists(leftover));
        Assert.Equal([leftover], set.RemovedLeftovers);
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(directory, p), p => File.Exists(p) ? File.ReadAllText(p) : "<dir>");
}
