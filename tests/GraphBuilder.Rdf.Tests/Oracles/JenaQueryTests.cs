using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Oracles;

/// <summary>The analyst queries in queries/*.rq, run by Jena ARQ over our N-Triples and N-Quads exports.</summary>
public sealed class JenaQueryTests
{
    private static string Run(string query, string format)
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var data = dir.Write("graph." + format, RdfFixtures.Serialize(RdfFixtures.Graph("seedlike"), format));
        var file = Path.Combine(RepoPaths.Queries, query);
        var result = format == "nq"
            ? Jena.Run("arq.arq", "--data", data, "--query", file, "--results=csv")
            : Jena.Sparql(data, file);
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.StdOut;
    }

    [SkippableFact]
    public void WhoMetWhom_OverNTriples_BothDirectionsOfChoeMeetsLavrov()
    {
        var csv = Run("who-met-whom.rq", "nt");
        Assert.Contains(",Choe Son Hui,https://graphbuilder.dev/id/person/sergei-lavrov,Sergei Lavrov", csv);
        Assert.Contains(",Sergei Lavrov,https://graphbuilder.dev/id/person/choe-son-hui,Choe Son Hui", csv);
    }

    [SkippableFact]
    public void SupportsRussia_OverNQuads_NorthKoreaWithSentence()
    {
        // The evidence lives in the dataset's article graphs (graph.nt holds entities and relations only);
        // the query reads the union of the graphs, as Virtuoso's default graph is after `publish`.
        Jena.Require();
        using var dir = new TempDirectory();
        using var union = new StringWriter { NewLine = "\n" };
        var writer = new GraphBuilder.Rdf.Writers.NTriplesWriter(union);
        foreach (var quad in RdfFixtures.Statements(RdfFixtures.Graph("seedlike"), GraphBuilder.Rdf.Mapping.RdfLayout.NamedGraphs)) writer.Triple(quad.Triple);
        writer.Finish();
        var result = Jena.Sparql(dir.Write("union.nt", union.ToString()), Path.Combine(RepoPaths.Queries, "supports-russia-with-evidence.rq"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        var csv = result.StdOut;
        Assert.Contains("North Korea,Korea Utara mendukung Rusia.,0.9,", csv);
    }

    [SkippableFact]
    public void ArticleGraphs_OverNQuads_OneGraphWithFiveEvidence()
    {
        var csv = Run("article-graphs.rq", "nq");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, rows.Length);
        Assert.EndsWith(",5", rows[1]);
        Assert.Contains("sha256:", rows[1]);
    }
}
