using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Tests.Support;

namespace GraphBuilder.Neo4j.Tests.Http;

/// <summary>Contract tests of explicit transactions (open, run, commit, roll back) against the strict fake Query API.</summary>
public sealed class ExplicitTransactionContractTests
{
    [Fact]
    public async Task Transaction_BeginRunCommit_JsonBodiesEverywhereAndAffinityReplayed()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var client = Clients.For(server);
        await using (var tx = await client.BeginAsync())
        {
            Assert.Equal("tx1", tx.Id);
            await tx.RunAsync("RETURN 1", null, "test");
            await tx.CommitAsync();
        }
        var requests = server.Requests.ToList();
        Assert.Equal(
            [("POST", "/db/neo4j/query/v2/tx"), ("POST", "/db/neo4j/query/v2/tx/tx1"), ("POST", "/db/neo4j/query/v2/tx/tx1/commit")],
            requests.Select(r => (r.Method, r.Path)));
        Assert.All(requests, r => Assert.StartsWith("application/json", r.ContentType));
        Assert.Equal("{}", requests[0].Body);
        Assert.Equal("{}", requests[2].Body);
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.NotNull(r.Affinity));
        Assert.Empty(server.Rejections);
        Assert.Equal(0, server.OpenTransactions);
    }

    [Fact]
    public async Task Transaction_StatementFails_ServerEndsItAndNoDeleteIsSent()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) =>
            FakeAnswer.Error(202, "Neo.ClientError.Statement.SyntaxError", "Invalid input"));
        var client = Clients.For(server);
        await using (var tx = await client.BeginAsync())
        {
            await Assert.ThrowsAsync<Neo4jClientException>(() => tx.RunAsync("RETRN 1", null, "test"));
        }
        Assert.Equal(2, server.Requests.Count);
        Assert.Empty(server.Rejections);
        Assert.Equal(0, server.OpenTransactions);
    }

    [Fact]
    public async Task Transaction_StatementTimesOut_RollsBackWithDelete()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok() with { Delay = TimeSpan.FromSeconds(10) });
        var client = Clients.For(server, timeoutSeconds: 0.3);
        await using (var tx = await client.BeginAsync())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => tx.RunAsync("RETURN 1", null, "test"));
        }
        var last = server.Requests.Last();
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1"), (last.Method, last.Path));
        Assert.Empty(server.Rejections);
        Assert.Equal(0, server.OpenTransactions);
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_RollsBack()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        await using (await Clients.For(server).BeginAsync())
        {
        }
        Assert.Equal("DELETE", server.Requests.Last().Method);
        Assert.Equal(0, server.OpenTransactions);
        Assert.Empty(server.Rejections);
    }
}
