using System.Net;
using GraphBuilder.Neo4j.Http;

namespace GraphBuilder.Neo4j.Tests.Http;

public sealed class QueryResponseParserTests
{
    private static readonly Neo4jConnection Connection = new("http://localhost:7474", password: "pw");

    private static Exception? Failure(int status, string body)
    {
        try
        {
            QueryResponseParser.Parse((HttpStatusCode)status, body, null, Connection, "Writing");
            return null;
        }
        catch (Neo4jException e)
        {
            return e;
        }
    }

    [Theory]
    // Neo4j 2025+: every answer is 202, the code decides
    [InlineData(202, "Neo.TransientError.Transaction.DeadlockDetected", typeof(Neo4jTransientException))]
    [InlineData(202, "Neo.ClientError.Statement.SyntaxError", typeof(Neo4jClientException))]
    // older 5.x answer statement errors with 400 and database errors with 500: still by code
    [InlineData(400, "Neo.ClientError.Statement.ParameterMissing", typeof(Neo4jClientException))]
    [InlineData(500, "Neo.DatabaseError.General.UnknownError", typeof(Neo4jClientException))]
    [InlineData(503, "Neo.TransientError.General.DatabaseUnavailable", typeof(Neo4jTransientException))]
    // authentication fails fast with its own type; a missing privilege is a plain client error
    [InlineData(401, "Neo.ClientError.Security.Unauthorized", typeof(Neo4jAuthenticationException))]
    [InlineData(202, "Neo.ClientError.Security.AuthenticationRateLimit", typeof(Neo4jAuthenticationException))]
    [InlineData(202, "Neo.ClientError.Security.Forbidden", typeof(Neo4jClientException))]
    public void Parse_ErrorBody_ClassifiedByNeo4jCode(int status, string code, Type expected)
    {
        var e = Failure(status, $$"""{"errors":[{"code":"{{code}}","message":"m"}]}""");
        Assert.IsType(expected, e);
        Assert.Equal(code, ((Neo4jException)e!).Code);
    }

    [Theory]
    // without a Neo4j body the HTTP status decides
    [InlineData(500, typeof(Neo4jTransientException))]
    [InlineData(502, typeof(Neo4jTransientException))]
    [InlineData(408, typeof(Neo4jTransientException))]
    [InlineData(429, typeof(Neo4jTransientException))]
    [InlineData(401, typeof(Neo4jAuthenticationException))]
    [InlineData(404, typeof(Neo4jClientException))]
    [InlineData(202, typeof(Neo4jClientException))]
    public void Parse_NoNeo4jBody_ClassifiedByStatus(int status, Type expected)
    {
        Assert.IsType(expected, Failure(status, "<html>proxy says no</html>"));
    }

    [Fact]
    public void Parse_Success_ReadsFieldsValuesBookmarksAndTransaction()
    {
        var result = QueryResponseParser.Parse(HttpStatusCode.Accepted,
            """{"data":{"fields":["a","b"],"values":[[1,"x"],[2,"y"]]},"bookmarks":["FB:1"],"transaction":{"id":"lyU","expires":"2026-11-21T15:48:29Z"}}""",
            "affinity", Connection, "q");
        Assert.Equal(["a", "b"], result.Fields.ToArray());
        Assert.Equal(2, result.Values.Length);
        Assert.Equal("y", result.Values[1][1].GetString());
        Assert.Equal(("lyU", "affinity"), (result.TransactionId, result.ClusterAffinity));
    }

    [Fact]
    public void Connection_ToString_NeverShowsThePassword()
    {
        var connection = new Neo4jConnection("https://db.example:7473/prefix", "graph", "alice", "pa55-word");
        Assert.Equal("https://db.example:7473/prefix/ (database graph, user alice)", connection.ToString());
        Assert.Equal("https://db.example:7473/prefix/db/graph/query/v2", connection.QueryEndpoint.ToString());
        Assert.Equal("https://db.example:7473/prefix/db/graph/query/v2/tx/t%2F1/commit", connection.TransactionEndpoint("t/1", commit: true).ToString());
    }
}
