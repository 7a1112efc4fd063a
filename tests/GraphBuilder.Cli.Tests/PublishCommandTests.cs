using GraphBuilder.Rdf.Parsing;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

[Collection(VirtuosoCollection.Name)]
public sealed class PublishCommandTests(VirtuosoServer virtuoso)
{
    private string[] Auth => ["--set", $"Sparql:User={VirtuosoServer.User}", "--set", $"Sparql:Password={VirtuosoServer.Password}"];

    [SkippableFact]
    public void Publish_Twice_EveryGraphHoldsExactlyItsTriplesOnce()
    {
        virtuoso.Require();
        using var dir = new TempDirectory();
        StoreTestData.Export(StoreTestData.TwoArticles(), dir.Path);
        var expected = NQuadsParser.Parse(new StringReader(File.ReadAllText(dir.File("graph.nq"))))
            .GroupBy(q => q.Graph!.Value).ToDictionary(g => g.Key, g => g.Count());

        var first = CliRunner.Run(["publish", "--sparql-store", virtuoso.GraphStoreEndpoint, "--from", dir.Path, .. Auth]);
        Assert.True(first.ExitCode == 0, first.Err);
        var second = CliRunner.Run(["publish", "--sparql-store", virtuoso.GraphStoreEndpoint, "--from", dir.Path, .. Auth]);
        Assert.True(second.ExitCode == 0, second.Err);
        Console.WriteLine(second.Out);
        Assert.Contains($"Published {expected.Count} graphs, {expected.Values.Sum()} triples", second.Out);

        foreach (var (graph, count) in expected)
        {
            var answer = CliRunner.Run("sparql", "--endpoint", virtuoso.SparqlEndpoint, "--format", "csv",
                "--query", $"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}");
            Assert.True(answer.ExitCode == 0, answer.Err);
            Assert.Equal($"n\r\n{count}\r\n", answer.Out);
        }
    }

    [SkippableFact]
    public void Publish_WrongPassword_FailsNamingTheStore()
    {
        virtuoso.Require();
        using var dir = new TempDirectory();
        StoreTestData.Export(StoreTestData.TwoArticles(), dir.Path);
        var result = CliRunner.Run("publish", "--sparql-store", virtuoso.GraphStoreEndpoint, "--from", dir.Path,
            "--set", "Sparql:User=dba", "--set", "Sparql:Password=wrong", "--set", "Sparql:MaxRetries=1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401", result.Err);
        Assert.Contains(virtuoso.GraphStoreEndpoint, result.Err);
    }

    [Fact]
    public void Publish_MissingDataset_FailsNamingTheFile()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("publish", "--sparql-store", "http://127.0.0.1:9/store", "--from", dir.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(dir.Path, "graph.json"), result.Err);
    }

    [Fact]
    public void Publish_NoStoreUrl_IsUsageError()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("publish", "--from", dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sparql-store", result.Err);
    }

    [Fact]
    public void Publish_UnreachableStore_FailsWithExitCode1()
    {
        using var dir = new TempDirectory();
        StoreTestData.Export(StoreTestData.TwoArticles(), dir.Path);
        var result = CliRunner.Run("publish", "--sparql-store", "http://127.0.0.1:9/store", "--from", dir.Path,
            "--set", "Sparql:MaxRetries=1", "--set", "Sparql:RetryDelay=00:00:00.010");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("127.0.0.1:9", result.Err);
    }
}
