using System.Net;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Sparql.Http;
using GraphBuilder.Sparql.Store;

namespace GraphBuilder.Sparql.Tests;

public sealed class GraphStoreClientTests
{
    private static readonly SparqlClientOptions Fast = new() { MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(1) };

    [Fact]
    public void GraphUrl_NamedAndDefault_UseIndirectIdentification()
    {
        var client = new GraphStoreClient(new HttpClient(), "http://h/store", Fast);
        Assert.Equal("http://h/store?graph=https%3A%2F%2Fx.org%2Fg%231", client.GraphUrl(Iri.Create("https://x.org/g#1")));
        Assert.Equal("http://h/store?default", client.GraphUrl(null));
        var withQuery = new GraphStoreClient(new HttpClient(), "http://h/store?x=1", Fast with { GraphParameter = "graph-uri" });
        Assert.Equal("http://h/store?x=1&graph-uri=urn%3Ag", withQuery.GraphUrl(Iri.Create("urn:g")));
    }

    [Fact]
    public async Task ReplaceAsync_TransientFailures_RetriedUntilSuccess()
    {
        var calls = 0;
        var handler = new FakeHandler((_, _) => ++calls < 3 ? FakeHandler.Status(HttpStatusCode.ServiceUnavailable) : FakeHandler.Status(HttpStatusCode.Created));
        var client = new GraphStoreClient(new HttpClient(handler), "http://h/store", Fast);
        await client.ReplaceAsync(Iri.Create("urn:g"), "<urn:s> <urn:p> <urn:o> .\n");
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
        Assert.All(handler.Requests, r => Assert.Equal("<urn:s> <urn:p> <urn:o> .\n", r.Body));
        Assert.Equal("text/turtle; charset=utf-8", handler.Requests[0].ContentType);
    }

    [Fact]
    public async Task ReplaceAsync_ClientError_NotRetriedAndReported()
    {
        var handler = new FakeHandler((_, _) => FakeHandler.Status(HttpStatusCode.BadRequest, "SP029: bad turtle"));
        var client = new GraphStoreClient(new HttpClient(handler), "http://h/store", Fast);
        var e = await Assert.ThrowsAsync<SparqlHttpException>(() => client.ReplaceAsync(Iri.Create("urn:g"), "x"));
        Assert.Single(handler.Requests);
        Assert.Contains("400", e.Message);
        Assert.Contains("SP029: bad turtle", e.Message);
        Assert.Contains("http://h/store?graph=urn%3Ag", e.Message);
    }

    [Fact]
    public async Task AppendAsync_ServerError_NotRetriedBecausePostIsNotIdempotent()
    {
        var handler = new FakeHandler((_, _) => FakeHandler.Status(HttpStatusCode.InternalServerError));
        var client = new GraphStoreClient(new HttpClient(handler), "http://h/store", Fast);
        await Assert.ThrowsAsync<SparqlHttpException>(() => client.AppendAsync(Iri.Create("urn:g"), "x"));
        Assert.Single(handler.Requests);
    }
}
