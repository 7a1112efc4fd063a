using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Tests.Support;

namespace GraphBuilder.Neo4j.Tests.Http;

/// <summary>Contract tests of explicit transactions (open, run, commit, roll back) against the fake Query API.</summary>
public sealed class ExplicitTransactionContractTests
{
    private const string Opened = """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"lyU","expires":"2026-11-21T15:48:29Z"}}""";

    [Fact]
    public async Task Transaction_BeginRunCommit_UsesTransactionUrisAndReplaysAffinity()
    {
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
            new FakeAnswer(202, Opened) { Affinity = "MTAuOC41Ljc6MTc0NzQ=" });
        var client = Clients.For(server);
        await using (var tx = await client.BeginAsync())
        {
            Assert.Equal("lyU", tx.Id);
            await tx.RunAsync("RETURN 1", null, "test");
            await tx.CommitAsync();
        }
        var requests = server.Requests.ToList();
        Assert.Equal(
            [("POST", "/db/neo4j/query/v2/tx"), ("POST", "/db/neo4j/query/v2/tx/lyU"), ("POST", "/db/neo4j/query/v2/tx/lyU/commit")],
            requests.Select(r => (r.Method, r.Path)));
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Affinity));
        Assert.All(requests, r => Assert.StartsWith("Basic ", r.Authorization));
    }

    [Fact]
    public async Task Transaction_StatementFails_RollsBackWithDelete()
    {
        await using var server = await FakeQueryApi.StartAsync((r, i) => i == 1
            ? FakeAnswer.Error(202, "Neo.ClientError.Statement.SyntaxError", "Invalid input")
            : new FakeAnswer(202, Opened));
        var client = Clients.For(server);
        await using var tx = await client.BeginAsync();
        await Assert.ThrowsAsync<Neo4jClientException>(() => tx.RunAsync("RETRN 1", null, "test"));
        var last = server.Requests.Last();
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/lyU"), (last.Method, last.Path));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_RollsBack()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => new FakeAnswer(202, Opened));
        await using (await Clients.For(server).BeginAsync())
        {
        }
        Assert.Equal("DELETE", server.Requests.Last().Method);
    }

    [Fact]
    public async Task Begin_AnswerWithoutTransaction_FailsClearly()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => Clients.For(server).BeginAsync());
        Assert.Contains("opened no transaction", e.Message);
    }
}
