using GraphBuilder.Core.Ontology;
using GraphBuilder.Rdf.Mapping;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Mapping;

/// <summary>The graph.nt contract (issue 2, section 6) and the provenance pattern, checked on the emitted statements.</summary>
public sealed class KnowledgeGraphMapperTests
{
    private const string Id = "https://graphbuilder.dev/id/";
    private static readonly Iri Nk = Iri.Create(Id + "country/north-korea");
    private static readonly Iri Ru = Iri.Create(Id + "country/russia");
    private static readonly Iri Choe = Iri.Create(Id + "person/choe-son-hui");
    private static readonly Iri Supports = Iri.Create(OntologyNamespace.GraphBuilder + "supports");

    private static List<Triple> Triples() =>
        RdfFixtures.Statements(TestGraphs.SeedLike(), RdfLayout.SingleGraph).Select(q => q.Triple).ToList();

    [Fact]
    public void Write_EveryEntity_HasOneOntologyClassAndALabel()
    {
        var triples = Triples();
        var graph = TestGraphs.SeedLike();
        foreach (var entity in graph.Entities)
        {
            var iri = Iri.Create(Id + entity.Id);
            var types = triples.Where(t => t.Subject == iri && t.Predicate == Vocabulary.RdfType).Select(t => t.Object).ToList();
            Assert.Equal([Iri.Create(OntologyNamespace.ClassIri(entity.Type))], types);
            var label = Assert.Single(triples, t => t.Subject == iri && t.Predicate == Vocabulary.RdfsLabel);
            Assert.Equal(Literal.LanguageTagged(entity.Name, "en"), label.Object);
        }
    }

    [Fact]
    public void Write_AliasesAndWikidata_BecomeAltLabelsAndSameAs()
    {
        var triples = Triples();
        Assert.Contains(new Triple(Nk, Vocabulary.SkosAltLabel, Literal.String("Korut")), triples);
        Assert.Contains(new Triple(Nk, Vocabulary.OwlSameAs, Iri.Create("http://www.wikidata.org/entity/Q423")), triples);
        Assert.DoesNotContain(triples, t => t.Subject == Choe && t.Predicate == Vocabulary.OwlSameAs);
    }

    [Fact]
    public void Write_EveryRelation_IsAPlainTripleInTheOntologyNamespace()
    {
        var triples = Triples();
        Assert.Contains(new Triple(Nk, Supports, Ru), triples);
        var relationTriples = triples.Where(t => t.Predicate.Value.StartsWith(OntologyNamespace.GraphBuilder, StringComparison.Ordinal)).ToList();
        Assert.Equal(TestGraphs.SeedLike().Relations.Length, relationTriples.Count);
        Assert.All(relationTriples, t => Assert.True(TestOntology.Predicates.TryGet(t.Predicate.Value[OntologyNamespace.GraphBuilder.Length..], out _)));
    }

    [Fact]
    public void Write_SingleGraph_OnlyEntitiesAndRelationsNoProvenance()
    {
        var triples = Triples();
        Assert.Contains(new Triple(Nk, Supports, Ru), triples);
        Assert.DoesNotContain(triples, t => t.Predicate == Vocabulary.RdfPredicate || t.Predicate == Vocabulary.RdfValue || t.Predicate == Vocabulary.ProvWasDerivedFrom);
        var entities = TestGraphs.SeedLike().Entities.Select(e => (RdfResource)Iri.Create(Id + e.Id)).ToHashSet();
        Assert.All(triples, t => Assert.Contains(t.Subject, entities));
    }

    [Fact]
    public void Write_NamedGraphs_RelationHasReifiedEvidenceWithSentenceRuleAndConfidence()
    {
        var triples = RdfFixtures.Statements(TestGraphs.SeedLike(), RdfLayout.NamedGraphs).Select(q => q.Triple).ToList();
        var statement = Assert.Single(triples, t => t.Predicate == Vocabulary.RdfPredicate && t.Object == Supports).Subject;
        Assert.Contains(new Triple(statement, Vocabulary.RdfSubject, Nk), triples);
        Assert.Contains(new Triple(statement, Vocabulary.RdfObject, Ru), triples);
        Assert.Contains(new Triple(statement, Vocabulary.GbpConfidence, Literal.Typed("0.9", Vocabulary.XsdDecimal)), triples);
        Assert.Contains(new Triple(statement, Vocabulary.GbpRule, Literal.String("test-rule")), triples);
        var sentence = (RdfResource)Assert.Single(triples, t => t.Subject == statement && t.Predicate == Vocabulary.ProvWasDerivedFrom).Object;
        Assert.Contains(new Triple(sentence, Vocabulary.RdfValue, Literal.LanguageTagged("Korea Utara mendukung Rusia.", "id")), triples);
    }

    [Fact]
    public void Write_NamedGraphs_EntitiesInEntityGraphAndRelationsInArticleGraph()
    {
        var quads = RdfFixtures.Statements(TestGraphs.SeedLike(), RdfLayout.NamedGraphs);
        var article = TestGraphs.SeedLike().Articles.Single();
        var articleGraph = Iri.Create("https://graphbuilder.dev/graph/" + article.Id);
        Assert.Contains(new Quad(Nk, Supports, Ru, articleGraph), quads);
        Assert.Contains(new Quad(Nk, Vocabulary.RdfType, Iri.Create(OntologyNamespace.ClassIri(EntityType.Country)), Iri.Create("https://graphbuilder.dev/graph/entities")), quads);
        Assert.DoesNotContain(quads, q => q.Graph is null);
        Assert.Contains(new Quad(articleGraph, Vocabulary.ProvWasDerivedFrom, Iri.Create("https://graphbuilder.dev/article/" + article.Id), articleGraph), quads);
    }

    [Fact]
    public void Write_CustomBase_AllMintedIrisUseIt()
    {
        var sink = new CollectingSink();
        new KnowledgeGraphMapper(new RdfIris("http://data.example.org/kg")).Write(TestGraphs.SeedLike(), sink, RdfLayout.NamedGraphs);
        Assert.Contains(sink.Quads, q => q.Subject == Iri.Create("http://data.example.org/kg/id/country/north-korea"));
        Assert.DoesNotContain(sink.Quads, q => q.Subject is Iri s && s.Value.StartsWith("https://graphbuilder.dev/", StringComparison.Ordinal));
        Assert.True(sink.Started && sink.Finished);
    }

    [Theory]
    [InlineData("person/kim-jong-un", "https://graphbuilder.dev/id/person/kim-jong-un")] // ordinary slug
    [InlineData("person/a b?c#d", "https://graphbuilder.dev/id/person/a%20b%3Fc%23d")] // never a query or fragment
    [InlineData("location/café", "https://graphbuilder.dev/id/location/café")] // IRI characters kept
    public void Entity_StableId_BecomesPathUnderBase(string id, string expected)
    {
        Assert.Equal(expected, new RdfIris("https://graphbuilder.dev/").Entity(id).Value);
    }

    [Fact]
    public void Wikidata_MalformedQid_IsNotLinked()
    {
        Assert.NotNull(RdfIris.Wikidata("Q1"));
        Assert.Null(RdfIris.Wikidata("Q0"));
        Assert.Null(RdfIris.Wikidata("P31"));
        Assert.Null(RdfIris.Wikidata("Q12 3"));
        Assert.Null(RdfIris.Wikidata(""));
    }
}
