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
    public void SupportsRussia_OverNTriples_NorthKoreaWithSentence()
    {
        var csv = Run("supports-russia-with-evidence.rq", "nt");
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
