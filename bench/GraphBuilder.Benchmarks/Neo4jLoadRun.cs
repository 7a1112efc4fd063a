using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- neo4j [--articles N] [--evidence N]`: loads a generated corpus (default 50,000 articles, one relation
/// with 10,000 pieces of evidence) through the strict fake Query API over loopback HTTP and reports rows/s,
/// requests and their sizes; then loads a quarter of the evidence to show the bytes sent per piece of evidence
/// stay constant (linear statements). The double only checks and acknowledges: this measures the client side.
/// </summary>
public static class Neo4jLoadRun
{
    public static int Execute(string[] args)
    {
        var articles = Arg(args, "--articles", 50_000);
        var evidence = Arg(args, "--evidence", 10_000);
        Measure(LargeRelation.Graph(100, 2000), null); // warm-up: JIT, sockets
        var full = Measure(LargeRelation.Graph(evidence, articles), "full corpus");
        var quarter = Measure(LargeRelation.Graph(evidence / 4, articles), "quarter of the evidence");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"linearity:   {full.HotBytes / (double)evidence:F1} bytes per piece of evidence at {evidence:N0}, {quarter.HotBytes / (double)(evidence / 4):F1} at {evidence / 4:N0}"));
        return full.Rejections + quarter.Rejections == 0 ? 0 : 1;
    }

    private sealed record Measured(long HotBytes, int Rejections);

    private static Measured Measure(Neo4jGraph graph, string? label) => MeasureAsync(graph, label).GetAwaiter().GetResult();

    private static async Task<Measured> MeasureAsync(Neo4jGraph graph, string? label)
    {
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
            r.Body.Contains("count(", StringComparison.Ordinal) ? FakeAnswer.Count(0) : FakeAnswer.Ok());
        using var factory = new Neo4jHttpClientFactory();
        var client = new QueryApiClient(factory.CreateClient(), new Neo4jConnection(server.BaseUri, password: "bench"));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await new Neo4jLoader(client).LoadAsync(graph, new LoadOptions());
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var hot = server.Requests.Where(r => r.Body.Contains("MERGE (ev:Evidence", StringComparison.Ordinal) && r.Body.Contains("country/russia", StringComparison.Ordinal)).ToList();
        var requests = server.Requests.Count;
        if (label is null) return new Measured(0, server.Rejections.Count);
        Console.WriteLine($"--- {label}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"graph:       {graph.Articles.Length:N0} articles, {graph.Sentences.Length:N0} sentences, {graph.Entities.Length:N0} entities, {graph.Relations.Length:N0} relations, {graph.EvidenceCount:N0} evidence ({graph.Relations.Max(r => r.EvidenceCount):N0} on the busiest relation)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load:        {result.Rows:N0} rows in {result.Batches:N0} batches, {requests:N0} requests, {clock.Elapsed.TotalSeconds:F2} s wall ({cpu.TotalSeconds:F2} s CPU, client and double in one process)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput:  {result.Rows / clock.Elapsed.TotalSeconds:N0} rows/s wall, {result.Rows / cpu.TotalSeconds:N0} rows per CPU second (fairer on a shared machine)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests:    {server.TotalRequestBytes / 1048576.0:F1} MB sent, largest {server.LargestRequestBytes / 1024.0:F0} KB (limit {WritePlan.DefaultMaxBatchBytes / 1024} KB estimated), busiest relation: {hot.Count} requests, {hot.Sum(r => (long)r.Bytes) / 1048576.0:F2} MB"));
        Console.WriteLine($"rejections:  {server.Rejections.Count} by the strict double");
        return new Measured(hot.Sum(r => (long)r.Bytes), server.Rejections.Count);
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
