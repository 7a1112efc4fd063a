using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>Bad runs never damage good output; the output folder is never input; republished copies are deterministic.</summary>
public class IngestReliabilityTests
{
    private static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(directory, p), File.ReadAllBytes);

    [Fact]
    public void Ingest_MisspelledPathOverGoodOutput_WritesNothingAndKeepsTheGoodOutput()
    {
        using var output = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", output.Path, "--formats", "nt,json", "--no-progress").ExitCode);
        var before = Snapshot(output.Path);

        var result = CliRunner.Run("ingest", RepoPaths.Seeds + "-typo", "--out", output.Path, "--no-progress");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file or directory", result.Err);
        Assert.Contains("nothing was written", result.Err);
        Assert.Equal(before, Snapshot(output.Path));
    }

    [Fact]
    public void Ingest_TwiceWithOutputInsideTheInput_DoesNotReadItsOwnOutput()
    {
        using var input = new TempDirectory();
        input.Write("a.txt", "Berita\nKorea Utara mendukung Rusia.");
        var output = input.File("out");

        var first = CliRunner.Run("ingest", input.Path, "--out", output, "--no-progress");
        var nt = File.ReadAllBytes(Path.Combine(output, "graph.nt"));
        var second = CliRunner.Run("ingest", input.Path, "--out", output, "--no-progress");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"Articles\s*│\s*1\s", second.Out);
        Assert.Contains("is the output directory; not read as input", second.Err);
        Assert.Equal(nt, File.ReadAllBytes(Path.Combine(output, "graph.nt")));
    }

    [Fact]
    public void Ingest_RepublishedCopiesAtParallelism8_GiveByteIdenticalGraphEveryRun()
    {
        using var input = new TempDirectory();
        var texts = File.ReadAllLines(Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First())
            .Where(l => l.Length > 40).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var copy = 0; copy < 3; copy++)
                input.Write($"{copy}/a{i}.md", $"---\ntitle: version {copy}\nurl: https://example.org/{copy}/{i}\ndate: 2024-0{copy + 1}-0{copy + 1}\nlang: {(copy == 1 ? "en" : "id")}\n---\n{texts[i]}\n");
        }
        string? first = null;
        for (var run = 0; run < 4; run++)
        {
            using var output = new TempDirectory();
            // Article metadata (the title kept from the first copy) is in the dataset, graph.nq.
            var result = CliRunner.Run("ingest", input.Path, "--out", output.Path, "--formats", "nq", "--parallelism", "8", "--no-progress");
            Assert.True(result.ExitCode == 0, result.Err);
            var nt = File.ReadAllText(output.File("graph.nq"));
            Assert.Contains("version 0", nt);
            Assert.DoesNotContain("version 1", nt);
            Assert.DoesNotContain("version 2", nt);
            first ??= nt;
            Assert.Equal(first, nt);
        }
    }

    [Fact]
    public void Ingest_NothingReadableAtAll_WritesNoExport()
    {
        using var input = new TempDirectory();
        File.WriteAllBytes(input.File("bad.txt"), [0, 1, 2]);
        using var output = new TempDirectory();

        var result = CliRunner.Run("ingest", input.Path, "--out", output.Path, "--no-progress");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public void Ingest_Output_HasAManifestOfEveryFileItWrote()
    {
        using var output = new TempDirectory();

        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", output.Path, "--no-progress").ExitCode);

        var files = Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output.Path, f).Replace('\\', '/'))
            .Where(f => f != OutputManifest.FileName).ToList();
        Assert.True(files.Count >= 10);
        Assert.True(OutputManifest.Verify(output.Path, files).Ok);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(output.Path, ".*", SearchOption.AllDirectories), _ => true);
    }
}
