using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Tests;

public class StableIdTests
{
    [Theory]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("Kim Jong-un", "kim-jong-un")]        // hyphen variant gives the same id
    [InlineData("Côte d'Ivoire", "cote-divoire")]     // diacritics stripped, apostrophe joins
    [InlineData("  U.S.  ", "u-s")]
    [InlineData("Im Chon-il", "im-chon-il")]
    public void Slug_Names_AreLowerAsciiHyphenated(string name, string expected) =>
        Assert.Equal(expected, StableId.Slug(name));

    [Fact]
    public void Slug_NonLatinName_FallsBackToHashAndIsStable()
    {
        var a = StableId.Slug("김정은");
        Assert.Matches("^x[0-9a-f]{12}$", a);
        Assert.Equal(a, StableId.Slug("김정은"));
        Assert.NotEqual(a, StableId.Slug("푸틴"));
    }

    [Fact]
    public void For_PrefixesClassFolder() =>
        Assert.Equal("country/north-korea", StableId.For(EntityType.Country, "North Korea"));

    [Fact]
    public void ArticleId_IsSixteenHexOfSha256() =>
        Assert.Equal("ba7816bf8f01cfea", ContentHash.ArticleId("abc"));
}
