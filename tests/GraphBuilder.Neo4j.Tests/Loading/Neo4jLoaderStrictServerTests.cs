using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Loading;

/// <summary>The loader's whole conversation against the strict double: accepted, split on memory errors, bounded by its deadline.</summary>
public sealed class Neo4jLoaderStrictServerTests
{
    private static readonly Neo4jGraph SeedLike = Neo4jGraphMapper.From(TestGraphs.SeedLike());

    private static FakeAnswer Acknowledge(RecordedRequest r) =>
        r.Body.Contains("count(", StringComparison.Ordinal) ? FakeAnswer.Count(0) : FakeAnswer.Ok();

    [Theory]
    [InlineData(TransactionMode.PerBatch)]
    [InlineData(TransactionMode.Single)]
    public async Task LoadAsync_StrictServer_EveryRequestAccepted(TransactionMode mode)
    {
        await using var server = await FakeQueryApi.StartAsync((r, _) => Acknowledge(r));
        var result = await new Neo4jLoader(Clients.For(server)).LoadAsync(SeedLike, new LoadOptions { BatchSize = 2, Transactions = mode });
        Assert.Empty(server.Rejections);
        Assert.Equal(0, server.OpenTransactions);
        Assert.Equal(WritePlan.RowCount(SeedLike), result.Rows);
        Assert.All(server.Requests.Where(r => r.Method == "POST"), r => Assert.StartsWith("application/json", r.ContentType));
        if (mode == TransactionMode.Single) Assert.Single(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_SameGraphTwice_SendsTheSameRequests()
    {
        // What makes a second load a no-op is in the statements (MERGE on ids, evidence counted once);
        // the client's part is to send exactly the same thing again.
        await using var server = await FakeQueryApi.StartAsync((r, _) => Acknowledge(r));
        var loader = new Neo4jLoader(Clients.For(server));
        var graph = LargeRelation.Graph(evidence: 300, articles: 500);
        await loader.LoadAsync(graph, new LoadOptions { BatchSize = 128 });
        var first = server.Requests.Select(r => (r.Path, r.Body)).ToList();
        await loader.LoadAsync(graph, new LoadOptions { BatchSize = 128 });
        Assert.Equal(first, server.Requests.Skip(first.Count).Select(r => (r.Path, r.Body)));
    }

    [Fact]
    public async Task LoadAsync_MemoryErrorOnLargeRequests_SplitsTheBatchNeverResendsItUnchanged()
    {
        // The server has memory for requests up to 4,000 bytes only.
        await using var server = await FakeQueryApi.StartAsync((r, _) => r.Bytes > 4000
            ? FakeAnswer.Error(202, "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
                "The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB. Currently using 1023.0 MiB. dbms.memory.transaction.total.max threshold reached")
            : Acknowledge(r));
        var graph = LargeRelation.Graph(evidence: 60);
        var result = await new Neo4jLoader(Clients.For(server)).LoadAsync(graph, new LoadOptions { BatchSize = 1000 });
        Assert.True(result.Splits > 0);
        Assert.Equal(0, result.Retries);
        var bodies = server.Requests.Select(r => r.Body).Where(b => b.Contains("MERGE", StringComparison.Ordinal)).ToList();
        Assert.Equal(bodies.Count, bodies.Distinct().Count()); // no write was sent twice
        var written = server.Requests.Where(r => r.Bytes <= 4000 && r.Body.Contains("MERGE (ev:Evidence", StringComparison.Ordinal))
            .Sum(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("parameters").GetProperty("rows").EnumerateArray()
                .Sum(row => row.GetProperty("evidence").GetArrayLength()));
        Assert.Equal(60, written);
    }

    [Fact]
    public async Task LoadAsync_MemoryErrorOnOneRow_FailsWithTheServerSettingToRaise()
    {
        await using var server = await FakeQueryApi.StartAsync((r, _) => r.Body.Contains("SET e:Person", StringComparison.Ordinal)
            ? FakeAnswer.Error(202, "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "dbms.memory.transaction.total.max threshold reached")
            : Acknowledge(r));
        var e = await Assert.ThrowsAsync<Neo4jMemoryException>(() => new Neo4jLoader(Clients.For(server)).LoadAsync(SeedLike, new LoadOptions { BatchSize = 1 }));
        Assert.Contains("db.memory.transaction.max", e.Message);
    }

    [Fact]
    public async Task LoadAsync_ServerStallsPastTheDeadline_StopsWithAClearError()
    {
        await using var server = await FakeQueryApi.StartAsync((r, _) => Acknowledge(r) with { Delay = TimeSpan.FromSeconds(30) });
        var started = DateTime.UtcNow;
        var e = await Assert.ThrowsAsync<Neo4jDeadlineException>(() => new Neo4jLoader(Clients.For(server, timeoutSeconds: 20))
            .LoadAsync(SeedLike, new LoadOptions { Deadline = TimeSpan.FromSeconds(0.5) }));
        Assert.Contains("did not finish within 0.5 s", e.Message);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
