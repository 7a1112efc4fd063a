using GraphBuilder.Rdf.Parsing;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The seeds end to end on a private Virtuoso of their own: ingest, publish twice, and the analyst
/// queries answer what the articles say (e.g. Choe Son Hui and Kim Jong Un both met Sergei Lavrov).
/// </summary>
public sealed class SeedsStoreTests(VirtuosoServer virtuoso) : IClassFixture<VirtuosoServer>
{
    [SkippableFact]
    public void PublishSeedsTwice_QueriesAnswerFromTheArticlesWithoutDuplicates()
    {
        virtuoso.Require();
        using var dir = new TempDirectory();
        var ingest = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "nq,json", "--no-progress");
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        string[] publish = ["publish", "--sparql-store", virtuoso.GraphStoreEndpoint, "--from", dir.Path,
            "--set", $"Sparql:User={VirtuosoServer.User}", "--set", $"Sparql:Password={VirtuosoServer.Password}"];
        Assert.Equal(0, CliRunner.Run(publish).ExitCode);
        var second = CliRunner.Run(publish);
        Assert.True(second.ExitCode == 0, second.Err);
        Console.WriteLine(second.Out);

        var quads = NQuadsParser.Parse(new StringReader(File.ReadAllText(dir.File("graph.nq")))).Count();
        var total = Query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://graphbuilder.dev/graph/\")) }");
        Assert.Equal($"n\r\n{quads}\r\n", total);

        var met = Query(File.ReadAllText(Path.Combine(RepoPaths.Queries, "who-met-whom.rq")));
        Assert.Contains("/person/choe-son-hui,Choe Son Hui,https://graphbuilder.dev/id/person/sergei-lavrov,Sergei Lavrov", met);
        Assert.Contains("/person/kim-jong-un,Kim Jong Un,https://graphbuilder.dev/id/person/sergei-lavrov,Sergei Lavrov", met);

        var supports = Query(File.ReadAllText(Path.Combine(RepoPaths.Queries, "supports-russia-with-evidence.rq")));
        Assert.Contains("https://graphbuilder.dev/id/country/north-korea,North Korea,", supports);

        var evidence = Query(File.ReadAllText(Path.Combine(RepoPaths.Queries, "sentences-behind-edge.rq")));
        Assert.Contains("Kim Jong Un,https://graphbuilder.dev/ontology#meets,Sergei Lavrov,", evidence);

        var links = Query(File.ReadAllText(Path.Combine(RepoPaths.Queries, "wikidata-links.rq")));
        Assert.Contains("https://graphbuilder.dev/id/country/north-korea,https://graphbuilder.dev/ontology#Country,North Korea,http://www.wikidata.org/entity/Q423", links);

        var graphs = Query(File.ReadAllText(Path.Combine(RepoPaths.Queries, "article-graphs.rq")));
        Assert.Equal(1 + 5, graphs.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private string Query(string text)
    {
        var result = CliRunner.Run("sparql", "--endpoint", virtuoso.SparqlEndpoint, "--query", text, "--format", "csv");
        Assert.True(result.ExitCode == 0, result.Err);
        Console.WriteLine(result.Out);
        return result.Out;
    }
}
