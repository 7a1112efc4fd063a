using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>Per-token helpers shared by the components: folded token text and capitalisation.</summary>
public static class FoldedText
{
    /// <summary>The folded (lower-case, diacritic-free) text of every token.</summary>
    public static string[] Tokens(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new string[document.Tokens.Length];
        for (var i = 0; i < words.Length; i++) words[i] = NameKey.Fold(document.Tokens[i].Slice(document.Text));
        return words;
    }

    public static bool IsCapitalised(Document document, int token)
    {
        var t = document.Tokens[token];
        return t.Kind == TokenKind.Word && char.IsUpper(document.Text[t.Start]);
    }

    /// <summary>
    /// True for headline-like sentences where most longer words are capitalised: there a capital
    /// letter says nothing about names.
    /// </summary>
    public static bool IsTitleCase(Document document, int sentence)
    {
        var s = document.Sentences[sentence];
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
