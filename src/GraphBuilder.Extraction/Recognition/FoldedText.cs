using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>Per-token helpers shared by the components: folded token text and capitalisation.</summary>
public static class FoldedText
{
    // Keyed by the token array, which later components share unchanged: folded once per document, and
    // released with the document (a weak table never outlives its keys).
    private static readonly ConditionalWeakTable<Token[], string[]> Cache = new();

    /// <summary>The folded (lower-case, diacritic-free) text of every token. Callers must not modify the array.</summary>
    public static string[] Tokens(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ImmutableCollectionsMarshal.AsArray(document.Tokens) ?? [];
        if (Cache.TryGetValue(tokens, out var cached)) return cached;
        return Cache.GetValue(tokens, t =>
        {
            var words = new string[t.Length];
            for (var i = 0; i < words.Length; i++) words[i] = NameKey.Fold(t[i].Slice(document.Text));
            return words;
        });
    }

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
