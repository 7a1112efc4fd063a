using System.Diagnostics;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>The real binary, stopped by a signal in the middle of a run: it cleans up and leaves the previous output as it was.</summary>
public class InterruptionTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Ingest_SignalDuringRun_ExitsCancelledLeavingPreviousOutputAndNoTempFiles(string signal)
    {
        if (!OperatingSystem.IsLinux()) return; // POSIX signals
        using var input = new TempDirectory();
        var seed = string.Join("\n", Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Select(File.ReadAllText));
        // About 140 MB: the run must still be extracting when the signal comes, seconds after the first progress line,
        // even on a quiet machine where extraction and the (parallel, compact) exports are fast.
        for (var i = 0; i < 1200; i++) input.Write($"a{i:D4}.txt", $"Artikel {i}\n" + string.Concat(Enumerable.Repeat(seed + "\n", 8)));
        using var output = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", output.Path, "--formats", "nt,neo4j-csv", "--no-progress").ExitCode);
        var before = Snapshot(output.Path);

        var binary = CliBinary();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { binary, "ingest", input.Path, "--out", output.Path, "--parallelism", "1", "--no-progress" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        // The first progress line (after about 5 s) proves the run is under way.
        var err = new System.Text.StringBuilder();
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null && !line.StartsWith("progress:", StringComparison.Ordinal)) err.AppendLine(line);
        Assert.False(process.HasExited, "the run ended before it could be interrupted: " + err);
        ProcessRunner.Run("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        err.Append(process.StandardError.ReadToEnd());
        Assert.True(process.WaitForExit(60_000), "no exit within 60 s of the signal");
        await stdout;

        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {err}");
        Assert.Contains("cancelling (SIG" + signal, err.ToString());
        Assert.Contains("nothing of this run was written", err.ToString());
        Assert.Equal(before, Snapshot(output.Path));
    }

    /// <summary>The CLI as its own project built it (same configuration and framework as this test assembly).</summary>
    private static string CliBinary()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepoPaths.Root, "src", "GraphBuilder.Cli", "bin", framework.Parent!.Name, framework.Name, "graphbuilder.dll");
    }

    /// <summary>Every entry under the directory, hidden ones (staging, temp files) included, with its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(directory, p), p => File.Exists(p) ? Convert.ToBase64String(File.ReadAllBytes(p)) : "<dir>");
}
