using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Model;

public sealed class Neo4jGraphMapperTests
{
    [Fact]
    public void From_SeedLike_MapsEntitiesArticlesSentencesAndEvidence()
    {
        var graph = Neo4jGraphMapper.From(TestGraphs.SeedLike());
        Assert.Equal(5, graph.Entities.Length);
        Assert.Single(graph.Articles);
        Assert.Equal(3, graph.Sentences.Length);
        var supports = graph.Relations.Single(r => r.Predicate == Predicate.Supports);
        Assert.Equal(("country/north-korea", "country/russia"), (supports.SubjectId, supports.ObjectId));
        Assert.Equal(1, supports.EvidenceCount);
        Assert.Equal(0.9, supports.Confidence);
        var article = graph.Articles[0].Id;
        var evidence = Assert.Single(supports.Evidence);
        Assert.Equal(article + "/0", evidence.SentenceId);
        Assert.StartsWith("country/north-korea|SUPPORTS|country/russia|" + article + "/0/", evidence.Id);
        Assert.Equal(0.9, evidence.Confidence);
        Assert.Equal(new DateOnly(2024, 11, 1), supports.FirstDate);
    }

    [Fact]
    public void From_Torture_ReplacesLoneSurrogatesOnly()
    {
        var graph = Neo4jGraphMapper.From(TestGraphs.Torture());
        Assert.Contains(graph.Entities, e => e.Name == "Lone \uFFFD surrogate");
        Assert.Contains(graph.Entities, e => e.Name == "Emoji 🇰🇵🚀 and astral 𝔘");
    }

    [Theory]
    // the accumulator's evidence identity, one key per (article, sentence, span, rule)
    [InlineData("abc", 2, 5, 9, "svo", "abc/2/5-9/svo")]
    [InlineData("abc", 0, 0, 0, "a/b", "abc/0/0-0/a/b")]
    public void EvidenceKey_Evidence_IsStable(string article, int sentence, int start, int end, string rule, string expected)
    {
        var evidence = new GraphBuilder.Core.Documents.Evidence(article, sentence, "s", new(start, end), rule, 0.5);
        Assert.Equal(expected, Neo4jGraphMapper.EvidenceKey(evidence));
    }

    [Fact]
    public void Clean_PairedAndLoneSurrogates_KeepsPairsReplacesLone()
    {
        Assert.Equal("𝔘\uFFFDx\uFFFD", Neo4jText.Clean("𝔘\uDC00x\uD800"));
        Assert.Same("plain", Neo4jText.Clean("plain"));
    }
}
