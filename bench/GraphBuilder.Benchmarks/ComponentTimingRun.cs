using System.Diagnostics;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- components [--rounds N]`: single-threaded time spent in each pipeline component over the seeds,
/// to find the hot spot when throughput falls short.
/// </summary>
public static class ComponentTimingRun
{
    public static int Execute(string[] args)
    {
        var rounds = 20;
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        var root = ThroughputRun.FindRoot();
        var pipeline = ExtractionPipelineBuilder.Build(new ExtractionOptions { OntologyDirectory = Path.Combine(root, "ontology") });
        var articles = ArticleSource.Read([Path.Combine(root, "seeds")]).Select(r => r.Article!).ToList();
        var bytes = articles.Sum(a => (long)a.Text.Length);
        var totals = new double[pipeline.Components.Length];
        var allocated = new long[pipeline.Components.Length];
        for (var round = 0; round < rounds + 2; round++)
        {
            foreach (var article in articles)
            {
                var doc = new Document(article);
                for (var c = 0; c < pipeline.Components.Length; c++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    doc = pipeline.Components[c].Process(doc);
                    if (round < 2) continue; // two warm-up rounds
                    totals[c] += clock.Elapsed.TotalMilliseconds;
                    allocated[c] += GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }
        }
        var all = totals.Sum();
        Console.WriteLine($"{rounds} rounds over {articles.Count} seed articles ({bytes * rounds / 1048576.0:F2} M chars), one thread");
        for (var c = 0; c < totals.Length; c++)
            Console.WriteLine($"{pipeline.Components[c].Name,-28} {totals[c],10:F1} ms  {100 * totals[c] / all,5:F1}%  {allocated[c] / (double)(bytes * rounds),8:F1} B/char");
        Console.WriteLine($"{"total",-28} {all,10:F1} ms  => {bytes * rounds / 1048576.0 / (all / 1000):F2} M chars/s per core, {allocated.Sum() / (double)(bytes * rounds):F1} B/char allocated");
        return 0;
    }
}
