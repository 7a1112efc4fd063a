using System.Collections.Immutable;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The rules of the leftward slot scan, tried in <see cref="All"/>'s order at each token: the first that moves
/// on, fills the slot or fails decides; when none applies, the slot is not filled.
/// </summary>
public static class LeftRules
{
    private const int MaxSkipped = 7;
    private const int MaxParenthetical = 12;

    public static ImmutableArray<LeftRule> All { get; } =
    [
        new("bracketed-short-form", BracketedShortForm),
        new("argument", Argument),
        new("covered", Covered),
        new("skippable", Skippable),
        new("adverb", Adverb),
        new("complementiser", Complementiser),
        new("purpose-clause", PurposeClause),
        new("comma", Comma),
        new("conjunction", Conjunction),
        new("gap", Gap),
    ];

    /// <summary>"Pasukan Dukungan Cepat (RSF)": a bracketed short form of the entity before it is stepped over (then the other rules look).</summary>
    public static LeftStep BracketedShortForm(LeftScan s)
    {
        var (c, pos) = (s.C, s.Pos);
        if (c.Folded[pos] == ")" && pos - 3 >= c.First && c.Folded[pos - 2] == "(" && c.Units.EndingAt(pos - 1) is { } inner
            && c.Units.EndingAt(pos - 3) is { } outer && inner.Entities.SequenceEqual(outer.Entities)) s.Pos -= 3;
        return LeftStep.Next;
    }

    /// <summary>A unit ending here fills the slot, with the units coordinated before it.</summary>
    public static LeftStep Argument(LeftScan s) =>
        s.C.Units.EndingAt(s.Pos) is { } unit ? LeftStep.Found(ArgumentScanner.CoordinateLeft(s.C, unit)) : LeftStep.Next;

    /// <summary>Inside a unit that does not end here: the slot would split it.</summary>
    public static LeftStep Covered(LeftScan s) => s.C.Units.Covers(s.Pos) ? LeftStep.Failed : LeftStep.Next;

    /// <summary>Quotes always; skippable words and head nouns up to a limit.</summary>
    public static LeftStep Skippable(LeftScan s)
    {
        var (c, pos) = (s.C, s.Pos);
        if (c.IsQuote(pos)) return Step(s);
        if (!c.Is(WordClass.Skip, pos) && !c.Is(WordClass.Head, pos)) return LeftStep.Next;
        return s.Skipped++ < MaxSkipped ? Step(s) : LeftStep.Next;
    }

    /// <summary>"Perdana Menteri Hongaria tetap nekat melakukan ...": one plain adverb no list holds, next to the skipped ones.</summary>
    public static LeftStep Adverb(LeftScan s)
    {
        var (c, pos) = (s.C, s.Pos);
        if (s.Adverbs != 0 || !ArgumentScanner.IsModifier(c, pos) || pos - 1 < c.First || (c.Units.EndingAt(pos - 1) is null && !c.Is(WordClass.Skip, pos - 1))) return LeftStep.Next;
        s.Adverbs++;
        return Step(s);
    }

    /// <summary>"sepakat untuk mendukung", "berjanji untuk": a complementiser right after a skippable verb.</summary>
    public static LeftStep Complementiser(LeftScan s) =>
        s.C.Is(WordClass.Complementiser, s.Pos) && s.Pos - 1 >= s.C.First && s.C.Is(WordClass.Skip, s.Pos - 1) ? Step(s) : LeftStep.Next;

    /// <summary>
    /// "A tiba di Kairo, pada Kamis, untuk bertemu dengan B", "A mengawali agenda dengan bertemu B": a purpose or manner
    /// clause right before the cue shares the sentence's subject; a unit right before the marker is the clause's own
    /// subject ("kesiapan Korea Utara untuk mendukung").
    /// </summary>
    public static LeftStep PurposeClause(LeftScan s)
    {
        var (c, pos) = (s.C, s.Pos);
        if (!c.Is(WordClass.Purpose, pos) || !s.Untouched) return LeftStep.Next;
        if (pos - 1 >= c.First && c.Units.EndingAt(pos - 1) is not null) return Step(s);
        return LeftStep.Found(ArgumentScanner.Opening(c, pos));
    }

    /// <summary>
    /// ", yang dipimpin X," / ", dalam pertemuan dengan X,": a parenthetical is skipped whole, even when it ends in a name;
    /// a unit before the comma is the argument; "X opposed the membership, accusing Y": a clause opening with the cue
    /// shares the sentence's subject.
    /// </summary>
    public static LeftStep Comma(LeftScan s)
    {
        var (c, pos) = (s.C, s.Pos);
        if (c.Folded[pos] != ",") return LeftStep.Next;
        var q = pos - 1;
        while (q >= c.First && pos - q <= MaxParenthetical && c.Folded[q] is not ("," or "." or ";")) q--;
        if (q >= c.First && c.Folded[q] == "," && c.Is(WordClass.Parenthetical, q + 1)) { s.Pos = q; return LeftStep.Moved; }
        if (pos - 1 >= c.First && c.Units.EndingAt(pos - 1) is not null) return Step(s);
        return s.Untouched ? LeftStep.Found(ArgumentScanner.Opening(c, pos)) : LeftStep.Failed;
    }

    /// <summary>"X ..., dan berterima kasih kepada Y": verbs joined by a conjunction share the sentence's subject.</summary>
    public static LeftStep Conjunction(LeftScan s) =>
        s.C.Is(WordClass.Conjunction, s.Pos) ? LeftStep.Found(ArgumentScanner.Opening(s.C, s.Pos)) : LeftStep.Next;

    /// <summary>A plain token within the pattern's gap (no clause break, verb of saying or boundary word).</summary>
    public static LeftStep Gap(LeftScan s)
    {
        var (c, pos) = (s.C, s.Pos);
        if (s.Gap <= 0 || c.IsClauseBreak(pos) || c.Is(WordClass.AttributionVerb, pos) || c.Is(WordClass.Boundary, pos)) return LeftStep.Next;
        s.Gap--;
        s.GapUsed++;
        return Step(s);
    }

    private static LeftStep Step(LeftScan s)
    {
        s.Pos--;
        return LeftStep.Moved;
    }
}
