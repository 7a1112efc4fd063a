using System.Text;
using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Tests.Support;

namespace GraphBuilder.Neo4j.Tests.Http;

/// <summary>
/// Contract tests: the client against an in-process server answering as the Query API documents.
/// They pin the wire format, retries and error handling; they do not replace a real Neo4j.
/// </summary>
public sealed class QueryApiClientContractTests
{
    private static readonly CypherRow[] Rows = [new(("id", "person/o-brien"), ("name", "O'Brien \"Q\" {x} $y"))];

    [Fact]
    public async Task RunAsync_Success_PostsStatementAndRowsWithBasicAuth()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok("""["n"]""", "[[42]]"));
        var result = await Clients.For(server).RunAsync("UNWIND $rows AS row RETURN count(row) AS n", Rows, "test");
        Assert.Equal(42, result.SingleLong());
        Assert.Equal(["FB:test"], result.Bookmarks.ToArray());
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Clients.Password)), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("UNWIND $rows AS row RETURN count(row) AS n", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("O'Brien \"Q\" {x} $y", body.RootElement.GetProperty("parameters").GetProperty("rows")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task RunAsync_Unauthorized_FailsFastWithClearMessageWithoutPassword()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) =>
            FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Clients.For(server).RunAsync("RETURN 1", null, "test"));
        Assert.Single(server.Requests);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
        Assert.Contains("refused user 'neo4j'", e.Message);
        Assert.Contains("Invalid username or password.", e.Message);
        Assert.Contains("NEO4J_PASSWORD", e.Message);
        Assert.DoesNotContain(Clients.Password, e.ToString());
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Clients.Password)), e.ToString());
    }

    [Fact]
    public async Task RunAsync_NoPassword_SendsNoAuthorizationAndSaysHowToSetOne()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) =>
            FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "No authentication header supplied."));
        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Clients.For(server, password: null).RunAsync("RETURN 1", null, "test"));
        Assert.Null(Assert.Single(server.Requests).Authorization);
        Assert.Contains("No password was given", e.Message);
    }

    [Fact]
    public async Task RunAsync_TransientErrorThenSuccess_Retries()
    {
        var notices = new List<RetryNotice>();
        await using var server = await FakeQueryApi.StartAsync((_, i) => i == 0
            ? FakeAnswer.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : FakeAnswer.Count(1));
        var client = Clients.For(server, retries: notices);
        Assert.Equal(1, (await client.RunAsync("RETURN 1", Rows, "Writing entities")).SingleLong());
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(1, client.RetryCount);
        var notice = Assert.Single(notices);
        Assert.Equal(2, notice.NextAttempt);
        Assert.Contains("Neo.TransientError.Transaction.DeadlockDetected", notice.Reason);
        Assert.Equal(server.Requests.First().Body, server.Requests.Last().Body);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task RunAsync_ServerErrorThenSuccess_Retries(int status)
    {
        await using var server = await FakeQueryApi.StartAsync((_, i) => i < 2 ? new FakeAnswer(status, "<html>busy</html>") : FakeAnswer.Count(5));
        Assert.Equal(5, (await Clients.For(server).RunAsync("RETURN 5", null, "test")).SingleLong());
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_ServerErrorEveryTime_GivesUpAfterMaxRetries()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => new FakeAnswer(503, ""));
        var e = await Assert.ThrowsAsync<Neo4jTransientException>(() => Clients.For(server, maxRetries: 2).RunAsync("RETURN 1", null, "Writing relations (MEETS)"));
        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("HTTP 503", e.Message);
        Assert.Contains("Writing relations (MEETS)", e.Message);
    }

    [Fact]
    public async Task RunAsync_TimeoutThenSuccess_Retries()
    {
        await using var server = await FakeQueryApi.StartAsync((_, i) => i == 0 ? FakeAnswer.Count(1) with { Delay = TimeSpan.FromSeconds(10) } : FakeAnswer.Count(2));
        Assert.Equal(2, (await Clients.For(server, timeoutSeconds: 0.5).RunAsync("RETURN 2", null, "test")).SingleLong());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_TimeoutEveryTime_ReportsUnavailable()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Count(1) with { Delay = TimeSpan.FromSeconds(10) });
        var e = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Clients.For(server, maxRetries: 1, timeoutSeconds: 0.3).RunAsync("RETURN 1", null, "test"));
        Assert.Contains("did not answer within 0.3 s (2 attempts)", e.Message);
    }

    [Theory]
    // a syntax error is never fixed by retrying
    [InlineData(202, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MERG'")]
    // neither is a constraint violation
    [InlineData(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists")]
    // nor a missing database
    [InlineData(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist")]
    public async Task RunAsync_ClientError_FailsFastWithCodeAndMessage(int status, string code, string message)
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Error(status, code, message));
        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => Clients.For(server).RunAsync("MERG (n)", null, "Writing articles"));
        Assert.Single(server.Requests);
        Assert.Equal(code, e.Code);
        Assert.Contains(message, e.Message);
        Assert.Contains("Writing articles", e.Message);
        Assert.Contains("will not be retried", e.Message);
    }

    [Fact]
    public async Task RunAsync_NotFoundWithoutNeo4jBody_ExplainsWhatToCheck()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => new FakeAnswer(404, "Not Found"));
        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => Clients.For(server).RunAsync("RETURN 1", null, "test"));
        Assert.Contains("HTTP 404", e.Message);
        Assert.Contains("Query API", e.Message);
    }

    [Fact]
    public async Task RunAsync_NothingListening_ReportsUnavailableAfterRetries()
    {
        var port = FreePort();
        var client = new QueryApiClient(new HttpClient(), new Neo4jConnection($"http://127.0.0.1:{port}") { MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(1) });
        var e = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1", null, "test"));
        Assert.Contains($"Cannot reach Neo4j at http://127.0.0.1:{port}/", e.Message);
        Assert.Contains("docker compose up -d", e.Message);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
