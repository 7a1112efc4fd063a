using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Nlp.Tests.Tagging;

public class TagSetTests
{
    private static readonly TagSet Bio = new(["O", "B-LOC", "I-LOC", "B-PERSON", "I-PERSON"]);

    [Theory]
    [InlineData(-1, "I-LOC", false)]     // sentence start
    [InlineData(0, "I-LOC", false)]      // after O
    [InlineData(1, "I-LOC", true)]       // after B-LOC
    [InlineData(2, "I-LOC", true)]       // after I-LOC
    [InlineData(3, "I-LOC", false)]      // after another type
    [InlineData(3, "B-LOC", true)]       // B- may follow anything
    public void Allowed_BioTransitions(int prev, string tag, bool expected) => Assert.Equal(expected, Bio.Allowed(prev, Bio.IndexOf(tag)));

    [Fact]
    public void Allowed_PosTags_EverythingAllowed()
    {
        var pos = new TagSet(["NOUN", "VERB", "PROPN"]);
        Assert.False(pos.IsBio);
        Assert.True(pos.Allowed(-1, 2));
    }

    [Fact]
    public void Constructor_DuplicateTags_Throws() => Assert.Throws<ArgumentException>(() => new TagSet(["O", "O"]));
}
