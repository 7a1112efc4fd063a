using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>A server that answers valid JSON of the wrong shape gets a one-line error naming the endpoint, never a crash.</summary>
public class ServerAnswerTests
{
    [Theory]
    [InlineData("[]")]                                                              // not an object
    [InlineData("{\"head\":{\"vars\":[null]},\"results\":{\"bindings\":[]}}")]      // null variable name
    [InlineData("{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":7}}]}}")] // number value
    [InlineData("{\"head\":{},\"results\":{\"bindings\":{}}}")]                     // bindings not an array
    [InlineData("{\"boolean\":\"yes\"}")]                                           // boolean as string
    public void Sparql_WrongShapeJsonResults_IsOneLineErrorNamingTheEndpoint(string json)
    {
        using var server = new CannedHttpServer(200, "application/sparql-results+json", json);

        var result = CliRunner.Run("sparql", "--endpoint", server.Url + "sparql", "--query", "SELECT * WHERE { ?s ?p ?o }");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("not SPARQL JSON results", line);
        Assert.Contains(server.Url, line);
    }
}
