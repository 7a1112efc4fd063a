using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>The rules that give a title its owner and extent, applied in <see cref="All"/>'s order.</summary>
public static class TitleExtentRules
{
    public static ImmutableArray<TitleRule> All { get; } =
    [
        new("owner-before", OwnerBefore),
        new("qualifiers-after-title", QualifiersAfterTitle),
        new("owner-after", OwnerAfter),
        new("bracketed-owner", BracketedOwner),
        new("ambassadors-host", AmbassadorsHost),
        new("definite-before", DefiniteBefore),
        new("qualifiers-after-owner", QualifiersAfterOwner),
        new("delegation", Delegation),
    ];

    /// <summary>
    /// "Russian President", "Russia's foreign minister", "US Treasury Secretary" (portfolio words and modifiers between),
    /// "Wagner, led by X" (across a comma for a relative-clause title, but not "Reuters, Menteri Luar Negeri Pakistan").
    /// </summary>
    public static void OwnerBefore(TitleDraft d)
    {
        var before = d.TitleFirst - 1;
        var acrossComma = false;
        while (before > d.SentenceFirst && (d.Is(WordClass.Portfolio, before) || d.Is(WordClass.TitleModifier, before)) && !d.Lookup.IsCovered(before)) before--;
        if (before >= d.SentenceFirst && d.Is(WordClass.Possessive, before)) before--;
        else if (before > d.SentenceFirst && d.Folded[before] == "," && d.Title.Phrase.Contains(' ') && !FoldedText.IsCapitalised(d.Document, d.TitleFirst)
                 && TitleDraft.OwnersIn(d.Lookup.StartingAt(d.TitleEnd)) is null) { before--; acrossComma = true; }
        if (before >= d.SentenceFirst && TitleDraft.OwnersIn(d.Lookup.EndingAt(before)) is { Count: > 0 } pre)
        {
            d.Owners.AddRange(pre);
            d.Start = d.Lookup.TokenRange(pre[0]).First;
        }
        else acrossComma = false;
        d.OwnerAcrossComma = acrossComma;
    }

    /// <summary>"Menteri Koordinator Maritim dan Investasi", "Presiden interim": portfolio words and modifiers after the title.</summary>
    public static void QualifiersAfterTitle(TitleDraft d) => d.End = TitleWords.SkipQualifiers(d, d.End, portfolio: true);

    /// <summary>"Presiden Rusia", "President of France", "rekan sejawatnya dari Korea Utara": the owner after the title.</summary>
    public static void OwnerAfter(TitleDraft d)
    {
        var e = d.End;
        var ofWord = e < d.SentenceEnd && d.Is(WordClass.TitleOf, e) ? 1 : 0;
        if (d.Owners.Count == 0 && e + ofWord < d.SentenceEnd && TitleDraft.OwnersIn(d.Lookup.StartingAt(e + ofWord)) is { Count: > 0 } post)
        {
            d.Owners.AddRange(post);
            d.End = d.Lookup.TokenRange(post[0]).End;
        }
    }

    /// <summary>"Presiden Amerika Serikat (AS) Donald Trump": a bracketed short form of the owner.</summary>
    public static void BracketedOwner(TitleDraft d)
    {
        var e = d.End;
        if (d.Owners.Count > 0 && e + 2 < d.SentenceEnd && d.Folded[e] == "(" && d.Folded[e + 2] == ")" && d.Lookup.StartingAt(e + 1).Any(m => m.EntityId == d.Owners[0].EntityId))
            d.End = e + 3;
    }

    /// <summary>An ambassador's host ("untuk Pyongyang", "to Seoul"), or a place ("Pemimpin Hamas di Gaza, Yahya Sinwar"): skipped.</summary>
    public static void AmbassadorsHost(TitleDraft d)
    {
        var e = d.End;
        if (e + 1 < d.SentenceEnd && d.Is(WordClass.TitleTo, e)
            && d.Lookup.StartingAt(e + 1).FirstOrDefault(m => m.Type is EntityType.Country or EntityType.Organization
                                                            || (m.Type == EntityType.Location && d.Owners.Count > 0)) is { } host)
            d.End = d.Lookup.TokenRange(host).End;
    }

    /// <summary>"the Russian foreign minister": a determiner before the construction belongs to it.</summary>
    public static void DefiniteBefore(TitleDraft d)
    {
        if (d.Start > d.SentenceFirst && d.Is(WordClass.DefiniteBefore, d.Start - 1)) d.Start--;
    }

    /// <summary>"Presiden Korea Selatan sebelumnya Moon Jae-in": modifiers after the owner.</summary>
    public static void QualifiersAfterOwner(TitleDraft d)
    {
        if (d.Owners.Count > 0) d.End = TitleWords.SkipQualifiers(d, d.End, portfolio: false);
    }

    /// <summary>"delegasi Pakistan, dipimpin oleh X": the owner stands for its delegation.</summary>
    public static void Delegation(TitleDraft d) =>
        d.OwnerIsDelegation = d.Owners.Count > 0 && d.Start < d.TitleFirst && d.Start > d.SentenceFirst && d.Is(WordClass.Delegation, d.Start - 1);
}
