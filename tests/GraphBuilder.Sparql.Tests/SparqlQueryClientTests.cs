using System.Net;
using System.Text;
using GraphBuilder.Sparql.Http;
using GraphBuilder.Sparql.Query;

namespace GraphBuilder.Sparql.Tests;

public sealed class SparqlQueryClientTests
{
    private const string Json = """
        { "head": { "vars": ["s", "name", "n"] },
          "results": { "bindings": [
            { "s": { "type": "uri", "value": "https://x/1" }, "name": { "type": "literal", "xml:lang": "en", "value": "A, \"quoted\"\nname" },
              "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "3" } },
            { "s": { "type": "bnode", "value": "b0" } }
          ] } }
        """;

    private static SparqlQueryClient Client(FakeHandler handler) =>
        new(new HttpClient(handler), "http://h/sparql", new SparqlClientOptions { RetryDelay = TimeSpan.FromMilliseconds(1) });

    private static HttpResponseMessage Results(string json, string mediaType = "application/sparql-results+json") =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    [Fact]
    public async Task QueryAsync_Select_PostsFormAndParsesBindings()
    {
        var handler = new FakeHandler((_, _) => Results(Json));
        var result = await Client(handler).QueryAsync("SELECT * WHERE { ?s ?p ?o }");
        Assert.Equal("query=SELECT+%2A+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D", handler.Requests[0].Body);
        Assert.Equal(["s", "name", "n"], result.Variables.ToArray());
        Assert.Equal("literal", result.Rows[0]["n"].Type);
        Assert.Equal("en", result.Rows[0]["name"].Language);
        Assert.False(result.Rows[1].ContainsKey("name"));
    }

    [Fact]
    public async Task QueryAsync_Ask_ReturnsBoolean()
    {
        var result = await Client(new FakeHandler((_, _) => Results("{\"head\":{},\"boolean\":true}"))).QueryAsync("ASK {}");
        Assert.True(result.Boolean);
    }

    [Fact]
    public async Task QueryAsync_Construct_ReturnsText()
    {
        var result = await Client(new FakeHandler((_, _) => Results("<urn:s> <urn:p> <urn:o> .\n", "application/n-triples"))).QueryAsync("CONSTRUCT WHERE { ?s ?p ?o }");
        Assert.Equal("<urn:s> <urn:p> <urn:o> .\n", result.Text);
    }

    [Fact]
    public async Task QueryAsync_SyntaxError_ThrowsWithServerMessage()
    {
        var handler = new FakeHandler((_, _) => FakeHandler.Status(HttpStatusCode.BadRequest, "37000 Error SP030: SPARQL compiler"));
        var e = await Assert.ThrowsAsync<SparqlHttpException>(() => Client(handler).QueryAsync("SELEC"));
        Assert.Contains("SP030", e.Message);
    }

    [Theory]
    [InlineData("csv", "s,name,n\r\nhttps://x/1,\"A, \"\"quoted\"\"\nname\",3\r\nb0,,\r\n")] // RFC 4180 quoting
    [InlineData("table", "| <https://x/1> | A, \"quoted\"\\nname | 3 |")] // newline escaped in a cell
    public void Formatter_Select_Prints(string format, string expected)
    {
        var writer = new StringWriter();
        SparqlResultFormatter.Write(SparqlResultsJson.Parse(Json), format, writer);
        Assert.Contains(expected, writer.ToString());
    }

    [Fact]
    public void Formatter_Json_RoundTripsThroughParser()
    {
        var writer = new StringWriter();
        var original = SparqlResultsJson.Parse(Json);
        SparqlResultFormatter.Write(original, "json", writer);
        var again = SparqlResultsJson.Parse(writer.ToString());
        Assert.Equal(original.Variables.ToArray(), again.Variables.ToArray());
        Assert.Equal(original.Rows.Length, again.Rows.Length);
        Assert.Equal(original.Rows[0]["name"], again.Rows[0]["name"]);
    }
}
