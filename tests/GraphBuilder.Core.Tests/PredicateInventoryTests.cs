using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class PredicateInventoryTests
{
    private const string Header = "# predicate\tdomain\trange\tsymmetric\ttype\tlabels";
    private const string Meets = "meets\tPerson|Country\tCountry|Person\tyes\tMEETS\ten:meets|id:bertemu dengan";
    private const string Invades = "invades\tCountry\tCountry|Location\tno\tINVADES\ten:invades";

    private static PredicateInventory Parse(params string[] lines) => PredicateInventory.Parse([Header, .. lines], "test.tsv");

    [Fact]
    public void Parse_ValidRows_GivesPredicatesInFileOrderWithTheirProperties()
    {
        var inventory = Parse(Invades, "", "# comment", Meets);

        Assert.Equal(["invades", "meets"], inventory.Select(p => p.LocalName));
        var meets = inventory.Require("meets", "this test");
        Assert.True(meets.IsSymmetric);
        Assert.False(inventory[0].IsSymmetric);
        Assert.Equal("MEETS", meets.RelationshipType);
        Assert.Equal("bertemu dengan", meets.Labels["id"]);
        Assert.Equal(OntologyNamespace.GraphBuilder + "meets", meets.Iri);
        Assert.True(inventory.TryGetByRelationshipType("INVADES", out var invades));
        Assert.True(invades.Allows(EntityType.Country, EntityType.Location));
        Assert.False(invades.Allows(EntityType.Person, EntityType.Country));
        Assert.True(invades.CompareTo(meets) < 0);
    }

    [Fact]
    public void Predicates_FromTwoLoadsOfTheSameFile_AreEqual()
    {
        var a = Parse(Invades, Meets);
        var b = Parse(Invades, Meets);
        Assert.Equal(a[1], b[1]);
        Assert.True(a[1] == b[1]);
        Assert.Equal(a[1].GetHashCode(), b[1].GetHashCode());
        Assert.NotEqual(a[0], b[1]);
    }

    [Theory]
    // bad local name
    [InlineData("Meets\tPerson\tPerson\tno\tMEETS\ten:meets", "not a local name")]
    // unknown class
    [InlineData("meets\tPerson|Robot\tPerson\tno\tMEETS\ten:meets", "unknown class 'Robot' in domain")]
    // empty range
    [InlineData("meets\tPerson\t\tno\tMEETS\ten:meets", "empty range")]
    // symmetry is yes or no
    [InlineData("meets\tPerson\tPerson\ttrue\tMEETS\ten:meets", "symmetric must be yes or no")]
    // a symmetric relation with different ends cannot be swapped
    [InlineData("meets\tPerson\tCountry\tyes\tMEETS\ten:meets", "same domain and range")]
    // Neo4j type must be a safe identifier
    [InlineData("meets\tPerson\tPerson\tno\tmeets-x\ten:meets", "Neo4j type 'meets-x'")]
    // label without language
    [InlineData("meets\tPerson\tPerson\tno\tMEETS\tmeets", "is not language:label")]
    // no label at all
    [InlineData("meets\tPerson\tPerson\tno\tMEETS\t", "no label")]
    // too many columns
    [InlineData("meets\tPerson\tPerson\tno\tMEETS\ten:meets\textra", "expected at most 6")]
    public void Parse_BadRow_NamesFileLineAndReason(string row, string reason)
    {
        var e = Assert.Throws<FormatException>(() => Parse(Invades, row));
        Assert.StartsWith("test.tsv:3: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateNameOrType_IsRejected()
    {
        Assert.Contains("declared twice", Assert.Throws<FormatException>(() => Parse(Invades, Invades)).Message, StringComparison.Ordinal);
        var sameType = "attacks\tCountry\tCountry\tno\tINVADES\ten:attacks";
        Assert.Contains("'INVADES' is used twice", Assert.Throws<FormatException>(() => Parse(Invades, sameType)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoRows_IsRejected() =>
        Assert.Contains("declares no predicate", Assert.Throws<FormatException>(() => Parse()).Message, StringComparison.Ordinal);

    [Fact]
    public void Require_MissingPredicate_NamesFileAndUser()
    {
        var e = Assert.Throws<FormatException>(() => Parse(Invades).Require("leaderOf", "the title relation"));
        Assert.Equal("test.tsv: no predicate 'leaderOf', which the title relation needs.", e.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<FileNotFoundException>(() => PredicateInventory.LoadFrom(dir.Path));
        Assert.Contains(Path.Combine(dir.Path, PredicateInventory.FileName), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryInventory_HasTheFourteenIssuePredicatesInOutputOrder()
    {
        string[] expected = ["meets", "supports", "opposes", "sendsTroopsTo", "signsAgreementWith", "invades", "fightsAgainst",
            "accuses", "sanctions", "rebelsAgainst", "recognizes", "thanks", "leaderOf", "officialOf"];
        var inventory = TestOntology.Predicates;
        Assert.Equal(expected, inventory.Select(p => p.LocalName));
        Assert.Equal(["meets", "signsAgreementWith"], inventory.Where(p => p.IsSymmetric).Select(p => p.LocalName));
        Assert.Equal("SENDS_TROOPS_TO", inventory.Require("sendsTroopsTo", "this test").RelationshipType);
    }
}
