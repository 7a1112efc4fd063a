using GraphBuilder.Core.Text;

namespace GraphBuilder.Core.Tests;

public class WellFormedTextTests
{
    // A table in code, not [InlineData]: attribute strings cannot hold lone surrogates.
    private static readonly (string Input, string Expected, int First, string Case)[] Cases =
    [
        ("plain", "plain", -1, "nothing to do"),
        ("𝔘x", "𝔘x", -1, "a valid pair (U+1D518) is kept"),
        ("a\uD800b", "a\uFFFDb", 1, "lone high surrogate in the middle"),
        ("a\uDC00b", "a\uFFFDb", 1, "lone low surrogate"),
        ("end \uD83D", "end \uFFFD", 4, "high surrogate at the very end"),
        ("\uDE80\uD83D\uDE80", "\uFFFD\uD83D\uDE80", 0, "low before a valid pair: only the first is lone"),
        ("𝔘\uD800\uD800", "𝔘\uFFFD\uFFFD", 2, "a pair, then two highs: both are lone"),
        ("\uFFFD", "\uFFFD", -1, "U+FFFD itself is ordinary text"),
    ];

    [Fact]
    public void Clean_ReplacesOnlyLoneSurrogates()
    {
        foreach (var (input, expected, first, name) in Cases)
        {
            Assert.True(expected == WellFormedText.Clean(input), name);
            Assert.True(first == WellFormedText.FirstLoneSurrogate(input), name);
        }
    }

    [Fact]
    public void Clean_WellFormedText_ReturnsTheSameInstance()
    {
        var text = "Kim Jong Un 🇰🇵";
        Assert.Same(text, WellFormedText.Clean(text));
        Assert.Null(WellFormedText.CleanOrNull(null));
    }

    [Fact]
    public void Replace_AlsoReplacesWhatTheFormatForbids_ButNeverSplitsAPair()
    {
        Assert.Equal("a\uFFFDb\uFFFD𝔘", WellFormedText.Replace("a\u0001b\uD800𝔘", c => c >= ' '));
        var text = "ok 𝔘";
        Assert.Same(text, WellFormedText.Replace(text, c => c >= ' '));
    }
}
