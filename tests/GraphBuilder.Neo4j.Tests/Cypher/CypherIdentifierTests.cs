using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Tests.Cypher;

public sealed class CypherIdentifierTests
{
    [Fact]
    public void Label_EveryClass_IsItsOntologyName()
    {
        Assert.Equal(["Person", "Country", "Organization", "Location"], Enum.GetValues<EntityType>().Select(CypherIdentifier.Label));
    }

    [Theory]
    [InlineData(Predicate.Meets, "MEETS")]
    [InlineData(Predicate.SendsTroopsTo, "SENDS_TROOPS_TO")]
    [InlineData(Predicate.SignsAgreementWith, "SIGNS_AGREEMENT_WITH")]
    [InlineData(Predicate.LeaderOf, "LEADER_OF")]
    public void RelationshipType_Predicate_IsUpperSnakeCase(Predicate predicate, string expected)
    {
        Assert.Equal(expected, CypherIdentifier.RelationshipType(predicate));
    }

    [Fact]
    public void RelationshipType_EveryPredicate_IsSafeAndDistinct()
    {
        var types = Enum.GetValues<Predicate>().Select(CypherIdentifier.RelationshipType).ToList();
        Assert.All(types, t => Assert.Matches("^[A-Z][A-Z_]+$", t));
        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.DoesNotContain(CypherIdentifier.Mentions, types);
        Assert.DoesNotContain(CypherIdentifier.HasSentence, types);
    }

    [Fact]
    public void Label_ValueOutsideTheOntology_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherIdentifier.Label((EntityType)200));
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherIdentifier.RelationshipType((Predicate)200));
    }
}
