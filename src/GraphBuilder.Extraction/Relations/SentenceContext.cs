using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>What matching needs about one sentence: its token range, folded words, lexicon and argument units.</summary>
public sealed record SentenceContext(Document Document, Sentence Sentence, string[] Folded, LanguageLexicon Lexicon, UnitMap Units)
{
    public int First => Sentence.FirstToken;
    public int End => Sentence.FirstToken + Sentence.TokenCount;

    public bool Is(string wordClass, int token) => Lexicon.Is(wordClass, Folded[token]);

    public bool IsQuote(int token) => Folded[token] is "\"" or "\u201c" or "\u201d" or "'" or "\u2018" or "\u2019" or "\u00ab" or "\u00bb";

    /// <summary>Punctuation a plain gap may not cross.</summary>
    public bool IsClauseBreak(int token) => Folded[token] is "," or ";" or ":" or "." or "(" or ")" or "!" or "?" or "-" or "\u2013" or "\u2014";

    /// <summary>The unit opening the sentence (its subject), allowing a leading quote.</summary>
    public ArgumentUnit? OpeningUnit()
    {
        var t = First;
        while (t < End && IsQuote(t)) t++;
        return t < End ? Units.StartingAt(t) : null;
    }
}
