using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Cypher;

public sealed class CypherIdentifierTests
{
    [Fact]
    public void Label_EveryClass_IsItsOntologyName()
    {
        Assert.Equal(["Person", "Country", "Organization", "Location"], Enum.GetValues<EntityType>().Select(CypherIdentifier.Label));
    }

    [Theory]
    [InlineData("meets", "MEETS")]
    [InlineData("sendsTroopsTo", "SENDS_TROOPS_TO")]
    [InlineData("signsAgreementWith", "SIGNS_AGREEMENT_WITH")]
    [InlineData("leaderOf", "LEADER_OF")]
    public void RelationshipType_Predicate_IsUpperSnakeCase(string predicate, string expected)
    {
        Assert.Equal(expected, CypherIdentifier.RelationshipType(TestOntology.Predicates.Require(predicate, "this test")));
    }

    [Fact]
    public void RelationshipType_EveryPredicate_IsSafeAndDistinct()
    {
        var types = TestOntology.Predicates.Select(CypherIdentifier.RelationshipType).ToList();
        Assert.All(types, t => Assert.Matches("^[A-Z][A-Z_]+$", t));
        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.DoesNotContain(CypherIdentifier.Mentions, types);
        Assert.DoesNotContain(CypherIdentifier.HasSentence, types);
    }

    [Fact]
    public void Label_ValueOutsideTheOntology_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherIdentifier.Label((EntityType)200));
    }
}
