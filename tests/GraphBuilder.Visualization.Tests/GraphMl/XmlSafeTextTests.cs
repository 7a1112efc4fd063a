using GraphBuilder.Visualization.GraphMl;

namespace GraphBuilder.Visualization.Tests.GraphMl;

public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData("plain", "plain")] // untouched
    [InlineData("tab\tLF\nCR\r", "tab\tLF\nCR\r")] // the three allowed controls stay
    [InlineData("a\u0001b\u001Fc", "a\uFFFDb\uFFFDc")] // other C0 controls are not XML characters
    [InlineData("pair \uD83D\uDE80 ok", "pair \uD83D\uDE80 ok")] // a valid pair is kept
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")] // noncharacters XML excludes
    [InlineData("<&>\"'", "<&>\"'")] // markup is the writer's job, not this class's
    public void Clean_Case_ReplacesOnlyXmlForbiddenCharacters(string input, string expected)
    {
        Assert.Equal(expected, XmlSafeText.Clean(input));
    }

    [Fact]
    public void Clean_LoneSurrogates_BecomeReplacementCharacters()
    {
        // Kept out of [InlineData]: test runners cannot serialize strings with lone surrogates.
        Assert.Equal("lone \uFFFD high", XmlSafeText.Clean("lone \uD800 high"));
        Assert.Equal("lone \uFFFD low", XmlSafeText.Clean("lone \uDC00 low"));
        Assert.Equal("end \uFFFD", XmlSafeText.Clean("end \uD83D"));
        Assert.Equal("\uFFFD\uD83D\uDE80", XmlSafeText.Clean("\uDE80\uD83D\uDE80"));
    }
}
