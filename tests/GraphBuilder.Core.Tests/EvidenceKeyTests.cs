using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Tests;

public class EvidenceKeyTests
{
    private static Evidence Evidence(string article, int sentence, int start, int end, string rule) =>
        new(article, sentence, "s", new TextSpan(start, end), rule, 0.5);

    [Theory]
    // one key per (article, sentence, span, rule)
    [InlineData("abc", 2, 5, 9, "svo", "abc/2/5-9/svo")]
    // a '/' in the rule stays as it is
    [InlineData("abc", 0, 0, 0, "a/b", "abc/0/0-0/a/b")]
    public void ToString_IsTheReadableId(string article, int sentence, int start, int end, string rule, string expected) =>
        Assert.Equal(expected, Evidence(article, sentence, start, end, rule).Key.ToString());

    [Fact]
    public void Join_UsesTheSeparatorBetweenEveryPart() =>
        Assert.Equal("abc\n2\n5\n9\nsvo", Evidence("abc", 2, 5, 9, "svo").Key.Join('\n'));

    [Fact]
    public void Key_IgnoresTextConfidenceAttributionAndDate()
    {
        var a = Evidence("abc", 1, 0, 4, "svo");
        var b = new Evidence("abc", 1, "other text", new TextSpan(0, 4), "svo", 0.9) { Attribution = "KCNA", Date = new DateOnly(2024, 1, 1) };
        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, Evidence("abc", 1, 0, 5, "svo").Key);
    }

    [Fact]
    public void CompareTo_OrdersByArticleSentenceSpanThenRule_Ordinally()
    {
        EvidenceKey[] expected =
        [
            new("B", 9, 9, 9, "z"), // ordinal: upper case before lower case
            new("a", 1, 0, 4, "svo"),
            new("a", 1, 2, 3, "svo"),
            new("a", 1, 2, 4, "Z"),
            new("a", 1, 2, 4, "a"),
            new("a", 2, 0, 0, "a"),
        ];
        Assert.Equal(expected, expected.Reverse().Order());
    }
}
