using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>Runs every queries/*.rq against Virtuoso after publishing the two-article graph, and checks the answers.</summary>
[Collection(VirtuosoCollection.Name)]
public sealed class SparqlCommandTests(VirtuosoServer virtuoso)
{
    private static readonly object Gate = new();
    private static bool _published;

    private void Publish()
    {
        virtuoso.Require();
        lock (Gate)
        {
            if (_published) return;
            using var dir = new TempDirectory();
            StoreTestData.Export(StoreTestData.TwoArticles(), dir.Path);
            var result = CliRunner.Run("publish", "--sparql-store", virtuoso.GraphStoreEndpoint, "--from", dir.Path,
                "--set", $"Sparql:User={VirtuosoServer.User}", "--set", $"Sparql:Password={VirtuosoServer.Password}");
            Assert.True(result.ExitCode == 0, result.Err);
            _published = true;
        }
    }

    private CliRunner.Result Query(string file, string format = "csv")
    {
        Publish();
        var result = CliRunner.Run("sparql", "--endpoint", virtuoso.SparqlEndpoint, "--query", Path.Combine(RepoPaths.Queries, file), "--format", format);
        Console.WriteLine($"$ graphbuilder sparql --query queries/{file} --format {format}\n{result.Out}");
        Assert.True(result.ExitCode == 0, result.Err);
        return result;
    }

    [SkippableFact]
    public void WhoMetWhom_ChoeAndKimBothMetLavrov()
    {
        var rows = Query("who-met-whom.rq").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(rows, r => r.Contains(",Choe Son Hui,", StringComparison.Ordinal) && r.EndsWith(",Sergei Lavrov", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",Kim Jong Un,", StringComparison.Ordinal) && r.EndsWith(",Sergei Lavrov", StringComparison.Ordinal));
        Assert.Equal(1 + 4, rows.Length); // header + two pairs, both directions
    }

    [SkippableFact]
    public void SupportsRussia_NorthKoreaWithBothSentences()
    {
        var output = Query("supports-russia-with-evidence.rq").Out;
        var rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("https://graphbuilder.dev/id/country/north-korea,North Korea,", r));
        Assert.Contains("Korea Utara mendukung Rusia.", output);
        Assert.Contains("\"Korea Utara mendukung penuh Rusia, kata KCNA.\"", output);
    }

    [SkippableFact]
    public void SentencesBehindEdge_MeetsEdgeHasItsSentenceSpanRuleAndAttribution()
    {
        var output = Query("sentences-behind-edge.rq").Out;
        Assert.Contains("Choe Son Hui,https://graphbuilder.dev/ontology#meets,Sergei Lavrov,Choe Son Hui bertemu Sergei Lavrov di Moskow.,0,45,test-rule,0.9,,2024-11-01,", output);
        Assert.Contains("Kim Jong Un,https://graphbuilder.dev/ontology#meets,Sergei Lavrov,Kim Jong Un bertemu Sergei Lavrov di Pyongyang.,0,47,test-rule,0.9,KCNA,2024-11-02,", output);
        Assert.Equal(1 + 5, output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [SkippableFact]
    public void WikidataLinks_ListsTheThreeLinkedEntities()
    {
        var output = Query("wikidata-links.rq", "table").Out;
        Assert.Contains("<http://www.wikidata.org/entity/Q423>", output);
        Assert.Contains("<http://www.wikidata.org/entity/Q159>", output);
        Assert.Contains("<http://www.wikidata.org/entity/Q56226>", output);
        Assert.Contains("3 rows", output);
    }

    [SkippableFact]
    public void ArticleGraphs_OneRowPerArticleWithHashAndEvidenceCount()
    {
        var output = Query("article-graphs.rq", "json").Out;
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var bindings = json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray().ToList();
        Assert.Equal(2, bindings.Count);
        Assert.All(bindings, b => Assert.StartsWith("sha256:", b.GetProperty("hash").GetProperty("value").GetString()));
        Assert.Equal(["2", "3"], bindings.Select(b => b.GetProperty("evidence").GetProperty("value").GetString()!).Order());
    }

    [Fact]
    public void Sparql_MissingQueryFile_IsUsageErrorNamingIt()
    {
        var result = CliRunner.Run("sparql", "--endpoint", "http://127.0.0.1:9/sparql", "--query", "nope/missing.rq");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope/missing.rq", result.Err);
    }

    [Fact]
    public void Sparql_UnknownFormat_IsUsageError()
    {
        var result = CliRunner.Run("sparql", "--endpoint", "http://127.0.0.1:9/sparql", "--query", "ASK {}", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Sparql_NoQuery_IsUsageError()
    {
        var result = CliRunner.Run("sparql", "--endpoint", "http://127.0.0.1:9/sparql");
        Assert.Equal(2, result.ExitCode);
    }
}
