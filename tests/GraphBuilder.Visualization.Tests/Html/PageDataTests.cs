using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;

namespace GraphBuilder.Visualization.Tests.Html;

public sealed class PageDataTests
{
    /// <summary>North Korea supports Russia in <paramref name="articles"/> articles, one a day from 2024-01-01.</summary>
    internal static KnowledgeGraph OneRelationIn(int articles)
    {
        var nk = TestGraphs.Entity(EntityType.Country, "North Korea", "Q423");
        var ru = TestGraphs.Entity(EntityType.Country, "Russia", "Q159");
        var acc = new GraphAccumulator();
        for (var i = 0; i < articles; i++)
        {
            var text = $"article {i}";
            var article = new Article(ContentHash.ArticleId(text), "t " + i, text, i + ".txt") { Published = new DateOnly(2024, 1, 1).AddDays(i) };
            acc.Add(TestGraphs.Build(article, [nk, ru], [(nk.Id, Predicate.Supports, ru.Id, 0, $"Korea Utara mendukung Rusia ({i}).")]));
        }
        return acc.Snapshot();
    }

    [Fact]
    public void For_RelationWithMoreEvidenceThanTheBound_EmbedsTheBoundAndCountsTheRest()
    {
        var graph = OneRelationIn(30);

        var data = PageData.For(graph);

        var relation = Assert.Single(data.Relations);
        Assert.Equal(PageData.MaxEvidencePerRelation, relation.Evidence.Count);
        Assert.Equal(30, relation.EvidenceCount);
        Assert.Equal(30, relation.ArticleCount);
        Assert.Empty(relation.ArticleIds);
        Assert.Equal(30, relation.Dates!.Count); // the timeline still sees every date
        Assert.Equal("2024-01-30", relation.Dates[^1]);
        Assert.All(relation.Evidence, e => Assert.StartsWith("Korea Utara mendukung Rusia (", e.Text));
        // Only the articles the embedded evidence cites, and no sentence list (the page shows the evidence's own text).
        Assert.Equal(relation.Evidence.Select(e => e.Article).Order(StringComparer.Ordinal), data.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Empty(data.Sentences);
    }

    [Fact]
    public void ShownEvidence_MostConfidentInGraphOrder()
    {
        var relation = OneRelationIn(1).Relations.Single();
        Evidence Piece(int sentence, double confidence) => relation.Evidence[0] with { SentenceIndex = sentence, Confidence = confidence };
        var many = relation with { Evidence = [Piece(0, 0.5), Piece(1, 0.9), Piece(2, 0.7), Piece(3, 0.9)] };

        var shown = PageData.ShownEvidence(many, max: 2);

        Assert.Equal([1, 3], shown.Select(e => e.SentenceIndex));
        Assert.Equal(many.Evidence, PageData.ShownEvidence(many, max: 4));
    }

    [Fact]
    public void Page_MoreEvidenceForTheSameGraph_SameSizeWithinTheDates()
    {
        // The page's size follows the graph: 20x the evidence for the same relation adds only its dates and count.
        static long Size(KnowledgeGraph graph)
        {
            using var writer = new StringWriter();
            HtmlPageWriter.Write(graph, writer);
            return writer.ToString().Length;
        }

        var small = Size(OneRelationIn(20));
        var large = Size(OneRelationIn(400));

        Assert.InRange(large - small, 0, 380 * 16); // one 13-character date (and a comma) per extra day
    }
}
