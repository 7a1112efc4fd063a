using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Cypher;

public sealed class WritePlanTests
{
    private static readonly Neo4jGraph Torture = Neo4jGraphMapper.From(TestGraphs.Torture());

    [Fact]
    public void For_Graph_WritesNodesBeforeTheRelationshipsThatMatchThem()
    {
        var kinds = WritePlan.For(Torture, 1000).Select(b => b.Kind).ToList();
        Assert.Equal(["articles", "entities (Person)", "entities (Country)", "sentences", "mentions", "relations (MEETS)", "relations (OFFICIAL_OF)"], kinds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5000)]
    public void For_BatchSize_CutsEveryKindIntoBatchesOfAtMostThatSize(int size)
    {
        var batches = WritePlan.For(Torture, size).ToList();
        Assert.All(batches, b => Assert.InRange(b.Rows.Length, 1, size));
        Assert.Equal(WritePlan.RowCount(Torture), batches.Sum(b => b.Rows.Length));
        var persons = batches.Where(b => b.Kind == "entities (Person)").ToList();
        Assert.Equal((TestGraphs.NastyStrings.Length + size - 1) / size, persons.Count);
    }

    [Fact]
    public void For_ZeroBatchSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WritePlan.For(Torture, 0).ToList());
    }

    [Fact]
    public void For_TortureGraph_StatementsCarryNoValueFromTheInput()
    {
        foreach (var batch in WritePlan.For(Torture, 3))
        {
            var statement = batch.ParameterisedStatement;
            Assert.StartsWith("UNWIND $rows AS row\n", statement);
            foreach (var nasty in TestGraphs.NastyStrings) Assert.DoesNotContain(nasty, statement);
            Assert.DoesNotContain("person/", statement);
        }
    }

    [Fact]
    public void For_RelationBatch_CarriesEachRelationWithItsEvidenceRows()
    {
        var relation = Torture.Relations.First(r => r.Predicate == Predicate.Meets);
        var batch = WritePlan.For(Torture, 1000).First(b => b.Kind == "relations (MEETS)");
        var row = batch.Rows[0];
        Assert.Equal(["subject", "object", "evidence"], row.Fields.Select(f => f.Key));
        Assert.Equal(relation.SubjectId, row["subject"]);
        var evidence = Assert.Single((ImmutableArray<CypherRow>)row["evidence"]!);
        Assert.Equal(["id", "sentence", "confidence", "rule", "date", "attribution", "start", "end"], evidence.Fields.Select(f => f.Key));
        Assert.Equal("2025-02-28", evidence["date"]);
        Assert.Equal("menurut \"sumber\" <anonim>", evidence["attribution"]);
        Assert.Equal(Torture.Relations.Count(r => r.Predicate == Predicate.Meets), batch.Units);
    }

    [Fact]
    public void Rows_Entity_CarriesNameAliasesAndWikidata()
    {
        var graph = Neo4jGraphMapper.From(TestGraphs.SeedLike());
        var nk = graph.Entities.Single(e => e.Id == "country/north-korea");
        var row = CypherRows.Entity(nk, graph.NameLanguages);
        Assert.Equal("North Korea", row["name"]);
        Assert.Equal("Q423", row["wikidata"]);
        Assert.Equal(["Korea Utara", "Korut"], ((ImmutableArray<string>)row["aliases"]!).ToArray());
        Assert.Equal(["id", "name", "aliases", "nameLanguage", "wikidata", "name_en", "names_en"], row.Fields.Select(f => f.Key));
        Assert.Equal("North Korea", row["name_en"]);
    }
}
