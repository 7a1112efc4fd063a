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
}
