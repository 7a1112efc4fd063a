using GraphBuilder.Nlp.Features;

namespace GraphBuilder.Nlp.Tests.Features;

public class WordShapeTests
{
    [Theory]
    [InlineData("Jakarta", "Xx")]     // capitalised name
    [InlineData("PBB", "X")]          // acronym
    [InlineData("2024", "d")]         // number
    [InlineData("Jong-un", "Xx-x")]   // hyphenated
    [InlineData("U.S.", "X.X.")]      // dotted acronym
    [InlineData("menteri", "x")]      // lower-case word
    [InlineData("McCain", "XxXx")]    // inner capital
    [InlineData("a1b2c3d4", "xdxdxd")] // capped at six classes
    public void Of_Word_CollapsesRuns(string word, string expected) => Assert.Equal(expected, WordShape.Of(word));

    [Theory]
    [InlineData("Jakarta")]
    [InlineData("U.S.")]
    [InlineData("a1b2c3d4")]
    public void Hash_Word_EqualsHashOfShapeString(string word) =>
        Assert.Equal(FeatureHash.Of(WordShape.Of(word), lower: false), WordShape.Hash(word));
}
