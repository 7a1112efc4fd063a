using System.Diagnostics;
using GraphBuilder.Extraction;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Benchmarks;

/// <summary>End-to-end throughput: generated corpus -> read -> extract -> accumulate, reporting MB/s and peak memory.</summary>
public static class ThroughputRun
{
    public static int Execute(string[] args)
    {
        var megabytes = 50;
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--mb") megabytes = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        var root = FindRoot();
        var corpus = Path.Combine(Path.GetTempPath(), $"graphbuilder-bench-{megabytes}mb.jsonl");
        if (!File.Exists(corpus)) SyntheticCorpus.Write(Path.Combine(root, "seeds"), megabytes * 1024L * 1024L, corpus);
        var statistical = !args.Contains("--no-models");
        var pipeline = ExtractionPipelineBuilder.Build(new ExtractionOptions { OntologyDirectory = Path.Combine(root, "ontology"), StatisticalNames = statistical ? "id" : "", PosTags = statistical && args.Contains("--pos") });
        var processor = new CorpusProcessor(pipeline, new ArticleSource(), 0);

        processor.Run([Path.Combine(root, "seeds")]); // warm-up: JIT and data loading
        var readClock = Stopwatch.StartNew();
        var readBytes = 0L;
        foreach (var r in new ArticleSource().ReadAll([corpus], CancellationToken.None)) readBytes += r.Bytes; // reading and hashing alone
        readClock.Stop();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = processor.Run([corpus]);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var mb = report.BytesRead / 1048576.0;
        Console.WriteLine($"corpus:      {corpus} (statistical models {(statistical ? "on" : "off (--no-models)")}{(args.Contains("--pos") ? ", with POS tags" : "")})");
        Console.WriteLine($"input:       {mb:F1} MB, {report.ArticlesRead:N0} articles, {report.Sentences:N0} sentences");
        Console.WriteLine($"graph:       {report.Graph.Entities.Length:N0} entities, {report.Graph.Relations.Length:N0} relations");
        Console.WriteLine($"time:        {clock.Elapsed.TotalSeconds:F2} s on {Environment.ProcessorCount} cores");
        Console.WriteLine($"throughput:  {mb / clock.Elapsed.TotalSeconds:F1} MB/s");
        Console.WriteLine($"cpu time:    {cpu.TotalSeconds:F2} s => {mb / cpu.TotalSeconds:F1} MB per CPU second (a fair figure on a shared machine)");
        Console.WriteLine($"read only:   {readBytes / 1048576.0 / readClock.Elapsed.TotalSeconds:F1} MB/s on one thread (reading, parsing, hashing)");
        Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB working set");
        return report.Errors.Length == 0 ? 0 : 1;
    }

    internal static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
