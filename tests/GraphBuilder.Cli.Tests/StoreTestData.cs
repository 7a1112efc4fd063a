using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Rdf.Export;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// A two-article graph for store tests: the seed-like article plus a second one in which Kim Jong Un
/// also meets Sergei Lavrov and North Korea's support for Russia is repeated (one edge, two graphs).
/// </summary>
internal static class StoreTestData
{
    public static KnowledgeGraph TwoArticles()
    {
        var first = "Korea Utara mendukung Rusia. Choe Son Hui bertemu Sergei Lavrov di Moskow. Kim Jong Un adalah pemimpin Korea Utara.";
        var second = "Kim Jong Un bertemu Sergei Lavrov di Pyongyang. Korea Utara mendukung penuh Rusia, kata KCNA.";
        var nk = TestGraphs.Entity(EntityType.Country, "North Korea", "Q423", "Korea Utara");
        var ru = TestGraphs.Entity(EntityType.Country, "Russia", "Q159", "Rusia");
        var choe = TestGraphs.Entity(EntityType.Person, "Choe Son Hui", null, "Choe");
        var lavrov = TestGraphs.Entity(EntityType.Person, "Sergei Lavrov", null, "Lavrov");
        var kim = TestGraphs.Entity(EntityType.Person, "Kim Jong Un", "Q56226", "Kim");
        var acc = new GraphAccumulator();
        acc.Add(TestGraphs.Build(Article(first, "Korea Utara dukung Rusia", 1), [nk, ru, choe, lavrov, kim],
        [
            (nk.Id, Predicate.Supports, ru.Id, 0, "Korea Utara mendukung Rusia."),
            (choe.Id, Predicate.Meets, lavrov.Id, 1, "Choe Son Hui bertemu Sergei Lavrov di Moskow."),
            (kim.Id, Predicate.LeaderOf, nk.Id, 2, "Kim Jong Un adalah pemimpin Korea Utara."),
        ]));
        acc.Add(TestGraphs.Build(Article(second, "Kim bertemu Lavrov", 2), [nk, ru, lavrov, kim],
        [
            (kim.Id, Predicate.Meets, lavrov.Id, 0, "Kim Jong Un bertemu Sergei Lavrov di Pyongyang."),
            (nk.Id, Predicate.Supports, ru.Id, 1, "Korea Utara mendukung penuh Rusia, kata KCNA."),
        ], attribution: "KCNA"));
        return acc.Snapshot();
    }

    /// <summary>Writes graph.json (what publish reads) and the RDF exports (what it publishes) of <paramref name="graph"/> into <paramref name="directory"/>.</summary>
    public static void Export(KnowledgeGraph graph, string directory)
    {
        var output = new OutputDirectory(directory);
        foreach (var exporter in RdfExporter.All(new ExportSettings())) exporter.Export(graph, output);
        GraphBuilder.Visualization.Json.GraphJsonExporter.Create().Export(graph, output);
    }

    private static Article Article(string text, string title, int day) =>
        new(ContentHash.ArticleId(text), title, text, $"article-{day}.txt")
        {
            Published = new DateOnly(2024, 11, day),
            Url = $"https://example.org/news/{day}",
            Language = "id",
        };
}
