using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Tests.Segmentation;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Kim Jong-un tiba", "Kim|Jong-un|tiba")]            // hyphenated name stays one token
    [InlineData("negara-negara Barat", "negara-negara|Barat")]      // reduplication stays one token
    [InlineData("Russia's minister", "Russia|'s|minister")]         // possessive split off
    [InlineData("sekitar 10.000 tentara", "sekitar|10.000|tentara")] // thousands separator
    [InlineData("the U.S. said", "the|U.S.|said")]                  // dotted acronym
    [InlineData("O'Brien said", "O'Brien|said")]                    // apostrophe inside a name
    [InlineData("(25/6/2023)", "(|25|/|6|/|2023|)")]                // dateline digits
    public void Tokenize_Text_ExpectedTokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text).Select(t => text[t.Span.Start..t.Span.End]);
        Assert.Equal(expected, string.Join('|', tokens));
    }
}
