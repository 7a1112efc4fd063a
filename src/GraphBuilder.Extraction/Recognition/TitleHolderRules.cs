using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>The rules that find a title's holder, tried in <see cref="All"/>'s order; the first that applies gives the construction.</summary>
public static class TitleHolderRules
{
    public static ImmutableArray<HolderRule> All { get; } =
    [
        new("person-after", PersonAfter),
        new("unknown-name-after", UnknownNameAfter),
        new("demonstrative-after", DemonstrativeAfter),
        new("apposed-person", ApposedPerson),
        new("apposed-name", ApposedName),
        new("definite-anaphor", DefiniteAnaphor),
    ];

    /// <summary>"Presiden Rusia Vladimir Putin", "Ketua ASEAN, Perdana Menteri Malaysia Anwar Ibrahim": a recognised person after the title.</summary>
    public static TitleConstruction? PersonAfter(TitleDraft d, TitleConstruction c)
    {
        var nameAt = TitleWords.NameStart(d);
        if (nameAt < d.SentenceEnd && d.Lookup.StartingAt(nameAt).FirstOrDefault(m => m.Type == EntityType.Person) is { } person)
            return TitleWords.OwnerAfterName(d, c with { Person = person }, d.Lookup.TokenRange(person).End, nameAt);
        return null;
    }

    /// <summary>"Wakil Menteri Luar Negeri Korea Utara, Im Chon Il": capitalised words after the title not yet recognised (not in headlines).</summary>
    public static TitleConstruction? UnknownNameAfter(TitleDraft d, TitleConstruction c)
    {
        var nameAt = TitleWords.NameStart(d);
        var unknown = d.TitleCase ? 0 : TitleWords.NameLength(d, nameAt, d.SentenceEnd);
        return unknown > 0 ? TitleWords.OwnerAfterName(d, c with { UnknownName = (nameAt, nameAt + unknown) }, nameAt + unknown, nameAt) : null;
    }

    /// <summary>"Pemimpin Korea Utara itu": a demonstrative after the construction makes it an anaphor (when it names an owner).</summary>
    public static TitleConstruction? DemonstrativeAfter(TitleDraft d, TitleConstruction c) =>
        d.End < d.SentenceEnd && d.Is(WordClass.DefiniteAfter, d.End) ? c with { IsAnaphor = d.Owners.Count > 0, End = d.End + 1 } : null;

    /// <summary>"Sergei Lavrov, Russia's foreign minister": a recognised person before a comma.</summary>
    public static TitleConstruction? ApposedPerson(TitleDraft d, TitleConstruction c) =>
        IsApposition(d) && d.Lookup.EndingAt(d.Start - 2).FirstOrDefault(m => m.Type == EntityType.Person) is { } appositive
            ? c with { Person = appositive, First = d.Lookup.TokenRange(appositive).First } : null;

    /// <summary>"Jane Doe, Canada's foreign minister": capitalised words before a comma not yet recognised (not in headlines).</summary>
    public static TitleConstruction? ApposedName(TitleDraft d, TitleConstruction c)
    {
        if (!IsApposition(d)) return null;
        var length = d.TitleCase ? 0 : TitleWords.NameLengthBackwards(d, d.Start - 2);
        return length > 0 ? c with { UnknownName = (d.Start - 1 - length, d.Start - 1), First = d.Start - 1 - length } : null;
    }

    /// <summary>No holder: "the North Korean leader" is an anaphor when a determiner opens it and it names an owner.</summary>
    public static TitleConstruction? DefiniteAnaphor(TitleDraft d, TitleConstruction c)
    {
        var definite = d.Start < d.TitleFirst && d.Is(WordClass.DefiniteBefore, d.Start);
        return c with { IsAnaphor = definite && d.Owners.Count > 0 };
    }

    private static bool IsApposition(TitleDraft d) => d.Start - 2 >= d.SentenceFirst && d.Folded[d.Start - 1] == ",";
}
