using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Loading;

/// <summary>The loader's conversation with the Query API, against the fake server.</summary>
public sealed class Neo4jLoaderContractTests
{
    private static readonly Neo4jGraph Torture = Neo4jGraphMapper.From(TestGraphs.Torture());

    /// <summary>Answers counts (0 before any write, 99 after) and acknowledges everything else.</summary>
    private static Func<RecordedRequest, int, FakeAnswer> Counting(Func<RecordedRequest, int, FakeAnswer?>? other = null)
    {
        var wrote = false;
        return (r, i) =>
        {
            var special = other?.Invoke(r, i);
            if (special is not null) return special;
            var statement = JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!;
            if (statement.Contains("count(")) return FakeAnswer.Count(wrote ? 99 : 0);
            if (statement.Contains("MERGE")) wrote = true;
            return FakeAnswer.Ok();
        };
    }

    private static List<string> Statements(FakeQueryApi server) =>
        [.. server.Requests.Select(r => r.Body.Length > 0 ? JsonDocument.Parse(r.Body).RootElement : default)
            .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("statement", out _))
            .Select(b => b.GetProperty("statement").GetString()!)];

    [Fact]
    public async Task LoadAsync_PerBatch_CountsThenSchemaThenEveryBatchThenCounts()
    {
        await using var server = await FakeQueryApi.StartAsync(Counting());
        var progress = new List<LoadProgress>();
        var result = await new Neo4jLoader(Clients.For(server)).LoadAsync(Torture, new LoadOptions { BatchSize = 4 }, new SyncProgress(progress));
        var statements = Statements(server);
        var batches = WritePlan.For(Torture, 4).ToList();
        Assert.Equal(
            [Neo4jLoader.CountNodes, Neo4jLoader.CountRelationships, .. SchemaStatements.All, .. batches.Select(b => b.ParameterisedStatement),
             Neo4jLoader.CountNodes, Neo4jLoader.CountRelationships],
            statements);
        Assert.Equal((WritePlan.RowCount(Torture), batches.Count), (result.Rows, result.Batches));
        Assert.Empty(server.Rejections);
        Assert.Equal((0, 99, 99), (result.NodesBefore, result.NodesAfter, result.NodesCreated));
        Assert.Equal(WritePlan.RowCount(Torture), progress[^1].RowsDone);
        Assert.Equal(progress.Select(p => p.RowsDone).Order(), progress.Select(p => p.RowsDone));
    }

    [Fact]
    public async Task LoadAsync_PerBatch_RowsTravelAsParametersNeverInTheStatement()
    {
        await using var server = await FakeQueryApi.StartAsync(Counting());
        await new Neo4jLoader(Clients.For(server)).LoadAsync(Torture, new LoadOptions { BatchSize = 1000 });
        var entityRequest = server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
            .First(b => b.GetProperty("statement").GetString()!.Contains("SET e:Person"));
        var names = entityRequest.GetProperty("parameters").GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains("O'Brien \"The Quote\" Smith", names);
        Assert.Contains("MATCH (n) DETACH DELETE n //", names);
        Assert.All(Statements(server), s => Assert.DoesNotContain("O'Brien", s));
    }

    [Fact]
    public async Task LoadAsync_TransientErrorOnABatch_RetriesOnlyThatBatch()
    {
        var failed = false;
        await using var server = await FakeQueryApi.StartAsync(Counting((r, _) =>
        {
            if (failed || !r.Body.Contains("SET e:Country", StringComparison.Ordinal)) return null;
            failed = true;
            return FakeAnswer.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "Database is busy");
        }));
        var result = await new Neo4jLoader(Clients.For(server)).LoadAsync(Torture, new LoadOptions());
        var statements = Statements(server);
        Assert.Equal(2, statements.Count(s => s.Contains("SET e:Country")));
        Assert.Equal(1, statements.Count(s => s.Contains("SET e:Person")));
        Assert.Equal(1, result.Retries);
    }

    [Fact]
    public async Task LoadAsync_SingleTransaction_CommitsOnceAndRetriesTheWholeTransaction()
    {
        var failed = false;
        await using var server = await FakeQueryApi.StartAsync(Counting((r, _) =>
        {
            if (failed || !r.Body.Contains("MERGE (s)-[:MENTIONS]", StringComparison.Ordinal)) return null;
            failed = true;
            return FakeAnswer.Error(202, "Neo.TransientError.Transaction.LockClientStopped", "stopped");
        }));
        var result = await new Neo4jLoader(Clients.For(server)).LoadAsync(Torture, new LoadOptions { Transactions = TransactionMode.Single });
        var requests = server.Requests.ToList();
        Assert.Equal(2, requests.Count(r => r.Method == "POST" && r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal(0, requests.Count(r => r.Method == "DELETE")); // the server ended the failed transaction itself
        Assert.Equal(1, requests.Count(r => r.Path == "/db/neo4j/query/v2/tx/tx2/commit"));
        Assert.Equal(0, requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal) && r.Path.Contains("tx1")));
        Assert.Equal(WritePlan.RowCount(Torture), result.Rows);
        Assert.Equal(1, result.Retries);
        Assert.Empty(server.Rejections);
        Assert.Equal(0, server.OpenTransactions);
    }

    [Fact]
    public async Task LoadAsync_Unauthorized_StopsAtTheFirstRequest()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) =>
            FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => new Neo4jLoader(Clients.For(server)).LoadAsync(Torture, new LoadOptions()));
        Assert.Single(server.Requests);
    }

    /// <summary>IProgress that records synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(List<LoadProgress> into) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => into.Add(value);
    }
}
