using System.Net;
using GraphBuilder.Sparql.Http;
using GraphBuilder.Sparql.Store;

namespace GraphBuilder.Sparql.Tests;

public sealed class DatasetPublisherTests
{
    [Fact]
    public async Task PublishAsync_GraphsInRuns_PutEachGraphOnceThenPostLaterRuns()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path,
                "<urn:a> <urn:p> \"1\" <urn:g1> .\n" +
                "<urn:b> <urn:p> \"2\" <urn:g1> .\n" +
                "<urn:c> <urn:p> \"3\"@en <urn:g2> .\n" +
                "<urn:d> <urn:p> <urn:e> <urn:g1> .\n" +
                "<urn:f> <urn:p> <urn:e> .\n");
            var handler = new FakeHandler((_, _) => FakeHandler.Status(HttpStatusCode.Created));
            var store = new GraphStoreClient(new HttpClient(handler), "http://h/store", new SparqlClientOptions());
            var graphs = await new DatasetPublisher(store).PublishAsync(path);

            Assert.Equal(
                [("PUT", "graph=urn%3Ag1"), ("PUT", "graph=urn%3Ag2"), ("POST", "graph=urn%3Ag1"), ("PUT", "default")],
                handler.Requests.Select(r => (r.Method.Method, r.Url.Split('?')[1])));
            Assert.Equal("<urn:a> <urn:p> \"1\" .\n<urn:b> <urn:p> \"2\" .\n", handler.Requests[0].Body);
            Assert.Equal("<urn:c> <urn:p> \"3\"@en .\n", handler.Requests[1].Body);
            Assert.Equal([3, 1, 1], graphs.Select(g => g.Triples));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task PublishAsync_MalformedLine_FailsNamingTheLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "<urn:a> <urn:p> \"1\" <urn:g1> .\n<urn:a> <urn:p> oops .\n");
            var handler = new FakeHandler((_, _) => FakeHandler.Status(HttpStatusCode.Created));
            var store = new GraphStoreClient(new HttpClient(handler), "http://h/store", new SparqlClientOptions());
            var e = await Assert.ThrowsAsync<FormatException>(() => new DatasetPublisher(store).PublishAsync(path));
            Assert.Contains("line 2", e.Message);
            Assert.Empty(handler.Requests);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
