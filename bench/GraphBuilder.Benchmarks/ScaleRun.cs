using System.Globalization;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `scale --mb 50[,200,1000] [--formats all] [--cli DLL]`: generates corpora with many distinct entities
/// (<see cref="EntityCorpus"/>), runs the real `graphbuilder ingest` on each with 1 and then 2 workers under
/// <c>/usr/bin/time -v</c>, and prints wall and CPU time, MB/s, peak RSS, output bytes per input byte per
/// file, and the 1- vs 2-worker ratio. A second pass with only graph.json shows extraction's own scaling.
/// </summary>
public static class ScaleRun
{
    public static int Execute(string[] args)
    {
        var sizes = new List<int> { 50 };
        var formats = "all";
        string? cli = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--mb") sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            if (args[i] == "--formats") formats = args[i + 1];
            if (args[i] == "--cli") cli = args[i + 1];
        }
        var root = ThroughputRun.FindRoot();
        cli ??= BuildCli(root);
        foreach (var mb in sizes)
        {
            var corpus = Path.Combine(Path.GetTempPath(), $"graphbuilder-entities-{mb}mb.jsonl");
            if (!File.Exists(corpus))
                EntityCorpus.Write(Path.Combine(root, "seeds"), Path.Combine(root, "ontology", "gazetteer", "countries.tsv"), mb * 1048576L, corpus);
            var input = new FileInfo(corpus).Length;
            Console.WriteLine($"== {mb} MB: {corpus} ({input / 1048576.0:F1} MB)");
            foreach (var set in formats == "json" ? new[] { "json" } : [formats, "json"])
            {
                var runs = new[] { 1, 2 }.Select(j => (J: j, Report: Ingest(cli, corpus, set, j))).ToList();
                foreach (var (j, r) in runs)
                {
                    if (r.ExitCode != 0) Console.WriteLine($"   ingest -j {j} exited with {r.ExitCode}: {r.Error.Split('\n').FirstOrDefault()}");
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"   formats {set,-4} -j {j}: wall {r.WallSeconds,7:F1} s  cpu {r.CpuSeconds,7:F1} s  {input / 1048576.0 / r.WallSeconds,5:F2} MB/s  ({input / 1048576.0 / r.CpuSeconds:F2} MB per CPU s)  peak RSS {r.PeakRssKb / 1024.0,6:F0} MB"));
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   formats {set,-4} 2 workers vs 1: {runs[0].Report.WallSeconds / runs[1].Report.WallSeconds:F2}x wall"));
                PrintOutputSizes(OutDirectory(corpus, set, 2), input);
            }
        }
        return 0;
    }

    private static TimeReport Ingest(string cli, string corpus, string formats, int workers)
    {
        var output = OutDirectory(corpus, formats, workers);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return TimeReport.Run("dotnet", [cli, "ingest", corpus, "--out", output, "--formats", formats, "-j", workers.ToString(CultureInfo.InvariantCulture), "--no-progress"]);
    }

    private static string OutDirectory(string corpus, string formats, int workers) =>
        Path.Combine(Path.GetTempPath(), $"{Path.GetFileNameWithoutExtension(corpus)}-{formats.Replace(',', '-')}-j{workers}");

    private static void PrintOutputSizes(string directory, long input)
    {
        if (!Directory.Exists(directory)) return;
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).OrderByDescending(f => f.Length).ToList();
        var total = files.Sum(f => f.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   output: {total / 1048576.0:F1} MB = {(double)total / input:F2} bytes per input byte"));
        foreach (var f in files)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {Path.GetRelativePath(directory, f.FullName),-36} {(double)f.Length / input,6:F2} x"));
    }

    private static string BuildCli(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "graphbuilder-bench-cli");
        var build = TimeReport.Run("dotnet", ["build", "-c", "Release", Path.Combine(root, "src", "GraphBuilder.Cli"), "-o", output, "-v", "q", "--nologo"]);
        if (build.ExitCode != 0) throw new InvalidOperationException("building the CLI failed: " + build.Error);
        return Path.Combine(output, "graphbuilder.dll");
    }
}
