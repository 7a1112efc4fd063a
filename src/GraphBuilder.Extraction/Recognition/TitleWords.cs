using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>The word-level checks the title rules share: qualifiers, where a name starts, how long an unknown name is.</summary>
public static class TitleWords
{
    private const int MaxNameTokens = 4;

    /// <summary>
    /// The token after the portfolio words ("Koordinator Maritim dan Investasi", "ESDM") and title modifiers ("Penjaga",
    /// "interim") at <paramref name="at"/>; a conjunction is crossed only between two portfolio words.
    /// </summary>
    public static int SkipQualifiers(TitleDraft d, int at, bool portfolio)
    {
        while (at < d.SentenceEnd && !d.Lookup.IsCovered(at))
        {
            if (d.Is(WordClass.TitleModifier, at) || (portfolio && d.Is(WordClass.Portfolio, at))) { at++; continue; }
            if (portfolio && at + 1 < d.SentenceEnd && d.Is(WordClass.Conjunction, at) && at > 0 && d.Is(WordClass.Portfolio, at - 1)
                && d.Is(WordClass.Portfolio, at + 1) && !d.Lookup.IsCovered(at + 1)) { at += 2; continue; }
            break;
        }
        return at;
    }

    /// <summary>
    /// Where the holder's name would start after the construction so far: after a comma, a nested title ("General", "Dr")
    /// and honorifics ("Pangeran"); past the nested title's own owner ("Ketua ASEAN, Perdana Menteri Malaysia Anwar Ibrahim").
    /// </summary>
    public static int NameStart(TitleDraft d)
    {
        var e = d.End;
        var end = d.SentenceEnd;
        var nameAt = e < end && d.Folded[e] == "," ? e + 1 : e;
        var nested = NestedTitleLength(d, nameAt);
        nameAt += nested;
        while (nameAt + 1 < end && d.Is(WordClass.Honorific, nameAt) && FoldedText.IsCapitalised(d.Document, nameAt + 1)) nameAt++;
        if (nested > 0 && nameAt < end && TitleDraft.OwnersIn(d.Lookup.StartingAt(nameAt)) is { Count: > 0 } nestedOwner
            && d.Lookup.TokenRange(nestedOwner[0]).End is var afterOwner && afterOwner < end
            && d.Lookup.StartingAt(afterOwner).Any(m => m.Type == EntityType.Person))
            nameAt = afterOwner;
        return nameAt;
    }

    /// <summary>Length in tokens of a title standing between a comma and the name ("General", "Dr"), or 0.</summary>
    private static int NestedTitleLength(TitleDraft d, int at)
    {
        if (at >= d.SentenceEnd || !FoldedText.IsCapitalised(d.Document, at)) return 0;
        var text = Layers.SubWords(d.Document);
        var words = text.Words.AsSpan(0, text.FirstOf[Math.Min(at + 4, d.SentenceEnd)]);
        var n = d.Lexicon.Titles.LongestMatch(words, text.FirstOf[at], text, static (s, _, e) => s.EndsToken(e - 1), out _);
        return n == 0 ? 0 : text.Owner[text.FirstOf[at] + n - 1] - at + 1;
    }

    /// <summary>"Prime Minister Anthony Albanese of Australia": an owner after the name when none came before.</summary>
    public static TitleConstruction OwnerAfterName(TitleDraft d, TitleConstruction c, int nameEnd, int nameAt)
    {
        if (c.Owners.Count == 0 && nameEnd + 1 < d.SentenceEnd && d.Is(WordClass.TitleOf, nameEnd)
            && TitleDraft.OwnersIn(d.Lookup.StartingAt(nameEnd + 1)) is { Count: > 0 } owners)
            return c with { Owners = owners, End = d.Lookup.TokenRange(owners[0]).End };
        return c with { End = CloseComma(d, nameAt, nameEnd) };
    }

    private static int CloseComma(TitleDraft d, int nameAt, int nameEnd) =>
        nameAt > 0 && d.Folded[nameAt - 1] == "," && nameEnd < d.SentenceEnd && d.Folded[nameEnd] == "," ? nameEnd + 1 : nameEnd;

    /// <summary>Capitalised name words from <paramref name="at"/> (at most four, no trailing particle).</summary>
    public static int NameLength(TitleDraft d, int at, int sentenceEnd)
    {
        var n = 0;
        while (at + n < sentenceEnd && n < MaxNameTokens && IsNamePart(d, at + n, sentenceEnd)) n++;
        while (n > 0 && d.Is(WordClass.Particle, at + n - 1)) n--; // no trailing particle
        return n;
    }

    /// <summary>Capitalised name words ending at <paramref name="last"/>, walking back.</summary>
    public static int NameLengthBackwards(TitleDraft d, int last)
    {
        var n = 0;
        while (last - n >= d.SentenceFirst && n < MaxNameTokens && IsNamePart(d, last - n, last + 1)) n++;
        while (n > 0 && d.Is(WordClass.Particle, last - n + 1)) n--;
        return n;
    }

    private static bool IsNamePart(TitleDraft d, int t, int sentenceEnd)
    {
        var document = d.Document;
        var folded = d.Folded;
        if (d.Lookup.IsCovered(t) || document.Tokens[t].Kind != TokenKind.Word) return false;
        if (d.Is(WordClass.NotName, t) || d.Is(WordClass.Stop, t)) return false;
        if (FoldedText.IsCapitalised(document, t)) return !d.Lexicon.Months.ContainsKey(folded[t]) && !d.Lexicon.Days.ContainsKey(folded[t]);
        // "al-Burhan", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
        var dash = folded[t].IndexOf('-');
        if (dash > 0 && d.Lexicon.Is(WordClass.Particle, folded[t][..dash]) && dash + 1 < folded[t].Length
            && char.IsUpper(document.Text[document.Tokens[t].Start + dash + 1])) return true;
        return d.Is(WordClass.Particle, t) && t + 1 < sentenceEnd && FoldedText.IsCapitalised(document, t + 1);
    }
}
