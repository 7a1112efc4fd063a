using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Tests.Support;

namespace GraphBuilder.Neo4j.Tests.Http;

/// <summary>Answers that are valid JSON of the wrong shape: one clear error naming the request, never a crash.</summary>
public sealed class QueryApiClientMalformedAnswerTests
{
    [Theory]
    // fields must be an array of strings
    [InlineData("""{"data":{"fields":5,"values":[]}}""")]
    [InlineData("""{"data":{"fields":[1],"values":[[1]]}}""")]
    // data must be an object
    [InlineData("""{"data":"yes"}""")]
    // errors must be objects
    [InlineData("""{"errors":[1]}""")]
    // a count that is not an integer
    [InlineData("""{"data":{"fields":["n"],"values":[["many"]]}}""")]
    // no rows at all
    [InlineData("""{"data":{"fields":["n"],"values":[]}}""")]
    // not an object at all
    [InlineData("""[1, 2, 3]""")]
    public async Task Count_MalformedAnswer_ProtocolErrorNamingTheRequest(string body)
    {
        await using var server = await FakeQueryApi.StartAsync((_, _) => new FakeAnswer(202, body));
        var e = await Assert.ThrowsAnyAsync<Neo4jClientException>(async () => (await Clients.For(server).RunAsync("RETURN 1 AS n", null, "Counting nodes")).SingleLong());
        Assert.StartsWith("Counting nodes: ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
