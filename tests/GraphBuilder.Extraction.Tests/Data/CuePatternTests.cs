using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Tests.Data;

public sealed class CuePatternTests
{
    [Fact]
    public void Parse_SlotsWordsAndGaps_GivesElementsInOrder()
    {
        var p = CuePattern.Parse("r1", Predicate.Accuses, "S menuduh|mengecam *3 O ~2 atas?");

        Assert.Equal(
            [PatternElementKind.Subject, PatternElementKind.Literal, PatternElementKind.Gap, PatternElementKind.Object, PatternElementKind.Gap, PatternElementKind.Literal],
            p.Elements.Select(e => e.Kind));
        Assert.Equal(1, p.Anchor);
        Assert.True(p.HasObject);
        Assert.Equal(["mengecam", "menuduh"], p.Elements[1].Words.Order(StringComparer.Ordinal));
        Assert.Equal((3, false), (p.Elements[2].MaxGap, p.Elements[2].AllowsComma));
        Assert.Equal((2, true), (p.Elements[4].MaxGap, p.Elements[4].AllowsComma));
        Assert.True(p.Elements[5].Optional);
        Assert.Equal(["atas"], p.Elements[5].Words);
    }

    [Fact]
    public void Parse_Words_AreFolded()
    {
        var p = CuePattern.Parse("r1", Predicate.Meets, "S Bertemu");
        Assert.Equal(["bertemu"], p.Elements[1].Words);
        Assert.False(p.HasObject);
    }

    [Fact]
    public void Parse_OptionalWordsBeforeTheAnchor_AnchorIsTheFirstRequiredWord()
    {
        var p = CuePattern.Parse("r1", Predicate.Meets, "S dan? bertemu");
        Assert.Equal(2, p.Anchor);
    }

    [Theory]
    // No required word to anchor on.
    [InlineData("S O", "required word")]
    [InlineData("S dan? O", "required word")]
    // No subject.
    [InlineData("bertemu O", "subject slot")]
    // Two slots before the anchor.
    [InlineData("S O menuduh", "at most one slot")]
    public void Parse_BadPattern_ThrowsNamingRuleAndReason(string pattern, string reason)
    {
        var error = Assert.Throws<FormatException>(() => CuePattern.Parse("xx:r9", Predicate.Accuses, pattern));
        Assert.Contains("xx:r9", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
