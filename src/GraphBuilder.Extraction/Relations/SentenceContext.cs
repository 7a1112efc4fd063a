using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>What matching needs about one sentence: its token range, folded words, lexicon and argument units.</summary>
public sealed record SentenceContext(Document Document, Sentence Sentence, ImmutableArray<string> Folded, LanguageLexicon Lexicon, UnitMap Units)
{
    public int First => Sentence.FirstToken;
    public int End => Sentence.FirstToken + Sentence.TokenCount;

    public bool Is(string wordClass, int token) => Lexicon.Is(wordClass, Folded[token]);

    public bool IsQuote(int token) => Folded[token] is "\"" or "\u201c" or "\u201d" or "'" or "\u2018" or "\u2019" or "\u00ab" or "\u00bb";

    /// <summary>Punctuation a plain gap may not cross.</summary>
    public bool IsClauseBreak(int token) => Folded[token] is "," or ";" or ":" or "." or "(" or ")" or "!" or "?" or "-" or "\u2013" or "\u2014";

    /// <summary>
    /// The first token after a dateline such as "ANKARA (Reuters) -" or "MANILA, July 8, 2024 -": a dash within
    /// the first tokens with only capitalised words, numbers and punctuation before it. Otherwise the first token.
    /// </summary>
    public int AfterDateline()
    {
        for (var t = First; t < Math.Min(End, First + 12); t++)
        {
            if (Folded[t] is "-" or "\u2013" or "\u2014") return t + 1;
            var token = Document.Tokens[t];
            if (token.Kind == Core.Documents.TokenKind.Word && !char.IsUpper(Document.Text[token.Start])) return First;
        }
        return First;
    }

    /// <summary>The unit opening the sentence (its subject), after any dateline and leading quote.</summary>
    public ArgumentUnit? OpeningUnit()
    {
        var t = AfterDateline();
        while (t < End && IsQuote(t)) t++;
        return t < End ? Units.StartingAt(t) : null;
    }
}
