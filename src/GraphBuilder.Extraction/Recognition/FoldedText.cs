using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>Per-token helpers shared by the components: capitalisation, headline case and token text.</summary>
public static class FoldedText
{
    public static bool IsCapitalised(Document document, int token)
    {
        var t = document.Tokens[token];
        return t.Kind == TokenKind.Word && char.IsUpper(document.Text[t.Start]);
    }

    /// <summary>
    /// True for headline-like sentences (no final punctuation) where most longer words are capitalised: there a capital
    /// letter says nothing about names.
    /// </summary>
    public static bool IsTitleCase(Document document, int sentence)
    {
        var s = document.Sentences[sentence];
        var last = document.Text[document.Tokens[s.FirstToken + s.TokenCount - 1].Start];
        if (last is '.' or '!' or '?' or '"' or '\u201D') return false; // headlines carry no final punctuation
        int words = 0, capitalised = 0;
        for (var i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
        {
            var t = document.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Span.Length < 4) continue;
            words++;
            if (char.IsUpper(document.Text[t.Start])) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    public static string Text(Document document, int firstToken, int endToken) =>
        document.Text[document.Tokens[firstToken].Start..document.Tokens[endToken - 1].End];
}
