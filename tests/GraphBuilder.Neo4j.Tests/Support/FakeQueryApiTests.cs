using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>
/// The test double refuses what the real Query API refuses, one test per rule, with raw HTTP requests
/// (so a lenient double can never hide a client bug again).
/// </summary>
public sealed class FakeQueryApiTests
{
    private static readonly HttpClient Http = new();
    private static readonly string Auth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:pw"));

    private static async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(FakeQueryApi server, string method, string path,
        string? body, string? contentType = "application/json", string? accept = "application/json", string? auth = null, string? affinity = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), server.BaseUri + path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.TryAddWithoutValidation("Authorization", auth ?? Auth);
        if (affinity is not null) request.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default, response);
    }

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("code").GetString()!;

    [Theory]
    // the 5.26 server's answer to the loader's old transaction requests: no body, no Content-Type
    [InlineData("/db/neo4j/query/v2/tx", null, null)]
    // a body does not help without the header
    [InlineData("/db/neo4j/query/v2/tx", "{}", null)]
    [InlineData("/db/neo4j/query/v2", """{"statement":"RETURN 1"}""", null)]
    // nor does a wrong type
    [InlineData("/db/neo4j/query/v2", """{"statement":"RETURN 1"}""", "text/plain")]
    public async Task Post_WithoutJsonContentType_Http500RequestInvalid(string path, string? body, string? contentType)
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, answer, _) = await SendAsync(server, "POST", path, body ?? "", contentType);
        Assert.Equal(500, status);
        Assert.Equal("Neo.ClientError.Request.Invalid", Code(answer));
        Assert.Single(server.Rejections);
    }

    [Theory]
    // an empty body with the JSON type opens a transaction, as on the real server
    [InlineData("")]
    [InlineData("{}")]
    public async Task OpenTransaction_JsonContentType_202WithIdExpiresAndAffinity(string body)
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, answer, response) = await SendAsync(server, "POST", "/db/neo4j/query/v2/tx", body);
        Assert.Equal(202, status);
        var tx = answer.GetProperty("transaction");
        Assert.False(string.IsNullOrEmpty(tx.GetProperty("id").GetString()));
        Assert.True(DateTime.TryParse(tx.GetProperty("expires").GetString(), out var expires) && expires > DateTime.UtcNow.AddSeconds(-5));
        Assert.True(response.Headers.TryGetValues("neo4j-cluster-affinity", out var affinity) && affinity.Single().Length > 0);
    }

    [Fact]
    public async Task Post_UnknownField_Http400RequestInvalid()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, answer, _) = await SendAsync(server, "POST", "/db/neo4j/query/v2", """{"statement":"RETURN 1","params":{}}""");
        Assert.Equal(400, status);
        Assert.Equal("Neo.ClientError.Request.Invalid", Code(answer));
        Assert.Contains("params", answer.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_QueryWithoutStatement_Http400()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, _, _) = await SendAsync(server, "POST", "/db/neo4j/query/v2", "{}");
        Assert.Equal(400, status);
    }

    [Theory]
    // no Accept at all
    [InlineData(null)]
    // a type the API cannot answer in
    [InlineData("text/html")]
    public async Task Post_WithoutAcceptableAccept_Http406(string? accept)
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, answer, _) = await SendAsync(server, "POST", "/db/neo4j/query/v2", """{"statement":"RETURN 1"}""", accept: accept);
        Assert.Equal(406, status);
        Assert.Equal("Neo.ClientError.Request.Invalid", Code(answer));
    }

    [Fact]
    public async Task Post_WithoutAuthorization_Http401()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, answer, _) = await SendAsync(server, "POST", "/db/neo4j/query/v2", """{"statement":"RETURN 1"}""", auth: "");
        Assert.Equal(401, status);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", Code(answer));
    }

    [Fact]
    public async Task TransactionRequest_WithoutAffinityOrAfterCommit_TransactionNotFound()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (_, opened, response) = await SendAsync(server, "POST", "/db/neo4j/query/v2/tx", "{}");
        var id = opened.GetProperty("transaction").GetProperty("id").GetString();
        var affinity = response.Headers.GetValues("neo4j-cluster-affinity").Single();
        var run = """{"statement":"RETURN 1"}""";

        var (noAffinity, answer, _) = await SendAsync(server, "POST", $"/db/neo4j/query/v2/tx/{id}", run);
        Assert.Equal((404, "Neo.ClientError.Transaction.TransactionNotFound"), (noAffinity, Code(answer)));
        var (ok, inTx, _) = await SendAsync(server, "POST", $"/db/neo4j/query/v2/tx/{id}", run, affinity: affinity);
        Assert.Equal((202, id), (ok, inTx.GetProperty("transaction").GetProperty("id").GetString()));
        var (committed, _, _) = await SendAsync(server, "POST", $"/db/neo4j/query/v2/tx/{id}/commit", "{}", affinity: affinity);
        Assert.Equal(202, committed);
        var (after, _, _) = await SendAsync(server, "POST", $"/db/neo4j/query/v2/tx/{id}", run, affinity: affinity);
        Assert.Equal(404, after);
    }

    [Theory]
    [InlineData("GET", "/db/neo4j/query/v2", 405)]
    [InlineData("DELETE", "/db/neo4j/query/v2", 405)]
    [InlineData("POST", "/db/neo4j/tx", 404)]
    public async Task Request_UnknownEndpointOrMethod_Refused(string method, string path, int expected)
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        var (status, _, _) = await SendAsync(server, method, path, method == "POST" ? """{"statement":"RETURN 1"}""" : null);
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Requests_AreMeasured()
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => FakeAnswer.Ok());
        await SendAsync(server, "POST", "/db/neo4j/query/v2", """{"statement":"RETURN 'é'"}""");
        Assert.Equal(Encoding.UTF8.GetByteCount("""{"statement":"RETURN 'é'"}"""), server.LargestRequestBytes);
        Assert.Equal(server.LargestRequestBytes, server.TotalRequestBytes);
    }
}
