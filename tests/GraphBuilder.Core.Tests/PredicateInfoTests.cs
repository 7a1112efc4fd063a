using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Tests;

public class PredicateInfoTests
{
    [Theory]
    [InlineData(Predicate.SendsTroopsTo, "sendsTroopsTo", "SENDS_TROOPS_TO")]
    [InlineData(Predicate.Meets, "meets", "MEETS")]
    [InlineData(Predicate.LeaderOf, "leaderOf", "LEADER_OF")]
    public void Names_FollowOntologyAndNeo4jConventions(Predicate p, string local, string type)
    {
        Assert.Equal(local, p.LocalName());
        Assert.Equal(type, p.RelationshipType());
        Assert.True(PredicateInfo.TryParse(local, out var parsed));
        Assert.Equal(p, parsed);
    }

    [Fact]
    public void Inventory_HasTheFourteenIssuePredicates()
    {
        string[] expected = ["meets", "supports", "opposes", "sendsTroopsTo", "signsAgreementWith", "invades", "fightsAgainst",
            "accuses", "sanctions", "rebelsAgainst", "recognizes", "thanks", "leaderOf", "officialOf"];
        Assert.Equal(expected, PredicateInfo.All.Select(p => p.LocalName()));
        Assert.Equal([Predicate.Meets, Predicate.SignsAgreementWith], PredicateInfo.All.Where(p => p.IsSymmetric()));
    }
}
