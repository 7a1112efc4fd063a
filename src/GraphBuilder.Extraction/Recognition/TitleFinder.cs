using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Finds <see cref="TitleConstruction"/>s in a sentence from the lexicon's titles: the owner may stand
/// after the title ("Presiden Rusia", "President of France", "rekan sejawatnya dari Korea Utara") or
/// before it ("Russian President", "Russia's foreign minister"); an ambassador's host ("untuk Pyongyang")
/// is skipped; the name may follow (optionally after a comma) or precede with a comma (English apposition).
/// </summary>
public static class TitleFinder
{
    private const int MaxNameTokens = 4;

    public static List<TitleConstruction> Find(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, Sentence sentence)
    {
        var found = new List<TitleConstruction>();
        var text = Layers.SubWords(document);
        var end = sentence.FirstToken + sentence.TokenCount;
        var words = text.Words.AsSpan(0, text.FirstOf[end]);
        var titleCase = FoldedText.IsTitleCase(document, sentence.Index);
        var p = text.FirstOf[sentence.FirstToken];
        while (p < words.Length)
        {
            IReadOnlyList<TitleEntry> values = [];
            var n = text.StartsToken(p) && !lookup.IsCovered(text.Owner[p])
                ? lexicon.Titles.LongestMatch(words, p, text, static (s, _, e) => s.EndsToken(e - 1), out values) : 0;
            if (n == 0) { p++; continue; }
            var construction = Build(document, folded, lexicon, lookup, values[0], text.Owner[p], text.Owner[p + n - 1] + 1, sentence.FirstToken, end, titleCase);
            if (construction is not null) found.Add(construction);
            p += n;
        }
        return JoinTitles(folded, lexicon, found);
    }

    /// <summary>
    /// "Putra Mahkota sekaligus Perdana Menteri Arab Saudi, Pangeran Mohammed bin Salman": a title joined to the next
    /// one shares its owner and holder.
    /// </summary>
    private static List<TitleConstruction> JoinTitles(ImmutableArray<string> folded, LanguageLexicon lexicon, List<TitleConstruction> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.Owners.Count > 0 || a.Person is not null || a.UnknownName.End > 0 || a.IsAnaphor) continue;
            if (a.End >= folded.Length || !lexicon.Is(WordClass.TitleJoin, folded[a.End]) || b.First != a.End + 1) continue;
            found[i] = a with { Owners = b.Owners, Person = b.Person, UnknownName = b.UnknownName, End = b.End };
        }
        return found;
    }

    private static TitleConstruction? Build(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, TitleEntry title, int first, int titleEnd, int sentenceFirst, int sentenceEnd, bool titleCase)
    {
        var owners = new List<EntityMention>();
        var start = first;
        // Owner before the title: "Russian President", "Russia's foreign minister", "Kremlin spokesman".
        var before = first - 1;
        var acrossComma = false;
        while (before > sentenceFirst && (lexicon.Is(WordClass.Portfolio, folded[before]) || lexicon.Is(WordClass.TitleModifier, folded[before]))
               && !lookup.IsCovered(before)) before--; // "US Treasury Secretary", "Russia's acting defence minister"
        if (before >= sentenceFirst && lexicon.Is(WordClass.Possessive, folded[before])) before--;
        else if (before > sentenceFirst && folded[before] == "," && title.Phrase.Contains(' ') && !FoldedText.IsCapitalised(document, first)
                 && Owners(lookup.StartingAt(titleEnd)) is null) { before--; acrossComma = true; } // "X, led by Y", but not "Reuters, Menteri Luar Negeri Pakistan"
        if (before >= sentenceFirst && Owners(lookup.EndingAt(before)) is { Count: > 0 } pre)
        {
            owners.AddRange(pre);
            start = lookup.TokenRange(pre[0]).First;
        }
        else acrossComma = false;
        var e = SkipQualifiers(folded, lexicon, lookup, titleEnd, sentenceEnd);
        // Owner after the title: "Presiden Rusia", "President of France", "dari Korea Utara".
        var ofWord = e < sentenceEnd && lexicon.Is(WordClass.TitleOf, folded[e]) ? 1 : 0;
        if (owners.Count == 0 && e + ofWord < sentenceEnd && Owners(lookup.StartingAt(e + ofWord)) is { Count: > 0 } post)
        {
            owners.AddRange(post);
            e = lookup.TokenRange(post[0]).End;
        }
        // "Presiden Amerika Serikat (AS) Donald Trump": a bracketed short form of the owner.
        if (owners.Count > 0 && e + 2 < sentenceEnd && folded[e] == "(" && folded[e + 2] == ")" && lookup.StartingAt(e + 1).Any(m => m.EntityId == owners[0].EntityId))
            e += 3;
        // Ambassador's host: "untuk Pyongyang", "to Seoul".
        // Also a place: "Pemimpin Hamas di Gaza, Yahya Sinwar".
        if (e + 1 < sentenceEnd && lexicon.Is(WordClass.TitleTo, folded[e])
            && lookup.StartingAt(e + 1).FirstOrDefault(m => m.Type is EntityType.Country or EntityType.Organization
                                                            || (m.Type == EntityType.Location && owners.Count > 0)) is { } host)
            e = lookup.TokenRange(host).End;
        if (start > sentenceFirst && lexicon.Is(WordClass.DefiniteBefore, folded[start - 1]))
            start--;
        if (owners.Count > 0) e = SkipQualifiers(folded, lexicon, lookup, e, sentenceEnd, portfolio: false); // "Presiden Korea Selatan sebelumnya Moon Jae-in"

        var delegation = owners.Count > 0 && start < first && start > sentenceFirst && lexicon.Is(WordClass.Delegation, folded[start - 1]);
        var construction = new TitleConstruction(title, first, titleEnd) { Owners = owners, First = start, End = e, OwnerAcrossComma = acrossComma, OwnerIsDelegation = delegation };
        // Name after, optionally after a comma.
        var nameAt = e < sentenceEnd && folded[e] == "," ? e + 1 : e;
        var nested = NestedTitleLength(document, lexicon, nameAt, sentenceEnd);
        nameAt += nested;
        while (nameAt + 1 < sentenceEnd && lexicon.Is(WordClass.Honorific, folded[nameAt]) && FoldedText.IsCapitalised(document, nameAt + 1)) nameAt++; // "Pangeran Mohammed bin Salman"
        // "Ketua ASEAN, Perdana Menteri Malaysia Anwar Ibrahim": the nested title may name its own owner.
        if (nested > 0 && nameAt < sentenceEnd && Owners(lookup.StartingAt(nameAt)) is { Count: > 0 } nestedOwner
            && lookup.TokenRange(nestedOwner[0]).End is var afterOwner && afterOwner < sentenceEnd
            && lookup.StartingAt(afterOwner).Any(m => m.Type == EntityType.Person))
            nameAt = afterOwner;
        if (nameAt < sentenceEnd && lookup.StartingAt(nameAt).FirstOrDefault(m => m.Type == EntityType.Person) is { } person)
            return OwnerAfterName(folded, lexicon, lookup, construction with { Person = person }, lookup.TokenRange(person).End, nameAt, sentenceEnd);
        var unknown = titleCase ? 0 : NameLength(document, folded, lexicon, lookup, nameAt, sentenceEnd);
        if (unknown > 0)
            return OwnerAfterName(folded, lexicon, lookup, construction with { UnknownName = (nameAt, nameAt + unknown) }, nameAt + unknown, nameAt, sentenceEnd);
        if (e < sentenceEnd && lexicon.Is(WordClass.DefiniteAfter, folded[e]))
            return construction with { IsAnaphor = owners.Count > 0, End = e + 1 };
        // Apposition: "Sergei Lavrov, Russia's foreign minister".
        if (start - 2 >= sentenceFirst && folded[start - 1] == ",")
        {
            if (lookup.EndingAt(start - 2).FirstOrDefault(m => m.Type == EntityType.Person) is { } appositive)
                return construction with { Person = appositive, First = lookup.TokenRange(appositive).First };
            var length = titleCase ? 0 : NameLengthBackwards(document, folded, lexicon, lookup, start - 2, sentenceFirst);
            if (length > 0) return construction with { UnknownName = (start - 1 - length, start - 1), First = start - 1 - length };
        }
        var definite = start < first && lexicon.Is(WordClass.DefiniteBefore, folded[start]);
        return construction with { IsAnaphor = definite && owners.Count > 0 };
    }

    /// <summary>
    /// The token after the portfolio words ("Koordinator Maritim dan Investasi", "ESDM") and title modifiers ("Penjaga",
    /// "interim") that may follow a title; a conjunction is crossed only between two portfolio words.
    /// </summary>
    private static int SkipQualifiers(ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, int at, int sentenceEnd, bool portfolio = true)
    {
        while (at < sentenceEnd && !lookup.IsCovered(at))
        {
            if (lexicon.Is(WordClass.TitleModifier, folded[at]) || (portfolio && lexicon.Is(WordClass.Portfolio, folded[at]))) { at++; continue; }
            if (portfolio && at + 1 < sentenceEnd && lexicon.Is(WordClass.Conjunction, folded[at]) && at > 0 && lexicon.Is(WordClass.Portfolio, folded[at - 1])
                && lexicon.Is(WordClass.Portfolio, folded[at + 1]) && !lookup.IsCovered(at + 1)) { at += 2; continue; }
            break;
        }
        return at;
    }

    /// <summary>Length in tokens of a title standing between a comma and the name ("General", "Dr"), or 0.</summary>
    private static int NestedTitleLength(Document document, LanguageLexicon lexicon, int at, int sentenceEnd)
    {
        if (at >= sentenceEnd || !FoldedText.IsCapitalised(document, at)) return 0;
        var text = Layers.SubWords(document);
        var words = text.Words.AsSpan(0, text.FirstOf[Math.Min(at + 4, sentenceEnd)]);
        var n = lexicon.Titles.LongestMatch(words, text.FirstOf[at], text, static (s, _, e) => s.EndsToken(e - 1), out _);
        return n == 0 ? 0 : text.Owner[text.FirstOf[at] + n - 1] - at + 1;
    }

    /// <summary>"Prime Minister Anthony Albanese of Australia": an owner after the name when none came before.</summary>
    private static TitleConstruction OwnerAfterName(ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, TitleConstruction c, int nameEnd, int nameAt, int sentenceEnd)
    {
        if (c.Owners.Count == 0 && nameEnd + 1 < sentenceEnd && lexicon.Is(WordClass.TitleOf, folded[nameEnd])
            && Owners(lookup.StartingAt(nameEnd + 1)) is { Count: > 0 } owners)
            return c with { Owners = owners, End = lookup.TokenRange(owners[0]).End };
        return c with { End = CloseComma(folded, nameAt, nameEnd, sentenceEnd) };
    }

    private static int CloseComma(ImmutableArray<string> folded, int nameAt, int nameEnd, int sentenceEnd) =>
        nameAt > 0 && folded[nameAt - 1] == "," && nameEnd < sentenceEnd && folded[nameEnd] == "," ? nameEnd + 1 : nameEnd;

    /// <summary>The countries and organisations among the mentions, or null when there are none.</summary>
    private static List<EntityMention>? Owners(IReadOnlyList<EntityMention> mentions)
    {
        List<EntityMention>? owners = null;
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Country or EntityType.Organization) (owners ??= []).Add(m);
        }
        return owners;
    }

    private static int NameLength(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, int at, int sentenceEnd)
    {
        var n = 0;
        while (at + n < sentenceEnd && n < MaxNameTokens && IsNamePart(document, folded, lexicon, lookup, at + n, sentenceEnd)) n++;
        while (n > 0 && lexicon.Is(WordClass.Particle, folded[at + n - 1])) n--; // no trailing particle
        return n;
    }

    private static int NameLengthBackwards(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, int last, int sentenceFirst)
    {
        var n = 0;
        while (last - n >= sentenceFirst && n < MaxNameTokens && IsNamePart(document, folded, lexicon, lookup, last - n, last + 1)) n++;
        while (n > 0 && lexicon.Is(WordClass.Particle, folded[last - n + 1])) n--;
        return n;
    }

    private static bool IsNamePart(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, int t, int sentenceEnd)
    {
        if (lookup.IsCovered(t) || document.Tokens[t].Kind != TokenKind.Word) return false;
        if (lexicon.Is(WordClass.NotName, folded[t]) || lexicon.Is(WordClass.Stop, folded[t])) return false;
        if (FoldedText.IsCapitalised(document, t)) return !lexicon.Months.ContainsKey(folded[t]) && !lexicon.Days.ContainsKey(folded[t]);
        // "al-Burhan", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
        var dash = folded[t].IndexOf('-');
        if (dash > 0 && lexicon.Is(WordClass.Particle, folded[t][..dash]) && dash + 1 < folded[t].Length
            && char.IsUpper(document.Text[document.Tokens[t].Start + dash + 1])) return true;
        return lexicon.Is(WordClass.Particle, folded[t]) && t + 1 < sentenceEnd && FoldedText.IsCapitalised(document, t + 1);
    }
}
