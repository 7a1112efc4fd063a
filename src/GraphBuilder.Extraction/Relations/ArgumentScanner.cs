using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Finds the unit filling a slot, walking over the words the lexicon says may stand between a cue and
/// its argument (adverbs, auxiliaries, heads such as "pemerintah"), and expands coordinations
/// ("Amerika Serikat dan Korea Selatan", "Kim dan Lavrov").
/// </summary>
public static class ArgumentScanner
{
    private const int MaxSkipped = 7;
    private const int MaxModifiers = 3;

    /// <summary>
    /// A plain lower-case word that can modify a noun: no function word, no clause break, and not a verb by its
    /// prefix (<c>verb-prefix</c> in words.tsv: "me", "di", "ber"), so a phrase never runs into the next clause.
    /// </summary>
    internal static bool IsModifier(SentenceContext c, int pos)
    {
        var token = c.Document.Tokens[pos];
        if (token.Kind != Core.Documents.TokenKind.Word || char.IsUpper(c.Document.Text[token.Start])) return false;
        var word = c.Folded[pos];
        foreach (var cls in NotModifiers) if (c.Is(cls, pos)) return false;
        foreach (var prefix in c.Lexicon.Words(WordClass.VerbPrefix)) if (word.StartsWith(prefix, StringComparison.Ordinal)) return false;
        return true;
    }

    private static readonly string[] NotModifiers =
    [
        WordClass.Stop, WordClass.Conjunction, WordClass.Boundary, WordClass.Negation, WordClass.Modality, WordClass.Parenthetical,
        WordClass.AttributionVerb, WordClass.AttributionBefore, WordClass.TitleOf, WordClass.TitleTo, WordClass.Complementiser, WordClass.Pronoun,
    ];

    /// <summary>The units of a slot starting at or after <paramref name="pos"/>, and the token after them.</summary>
    public static (List<ArgumentUnit>? Units, int Next) Right(SentenceContext c, int pos, bool coordinate)
    {
        var skipped = 0;
        var modifiers = 0;
        var sawHead = false;
        while (pos < c.End && c.Units.StartingAt(pos) is null && skipped < MaxSkipped && !c.Units.Covers(pos))
        {
            var head = c.Is(WordClass.Head, pos);
            // "mengecam peluncuran rudal terkini Korea Utara": once a head noun opened the phrase, a few plain
            // modifiers may stand between it and its owner.
            var modifier = !head && sawHead && modifiers < MaxModifiers && IsModifier(c, pos);
            // "with de Moraes": a name particle before a later short form of the name
            var particle = c.Is(WordClass.Particle, pos) && c.Units.StartingAt(pos + 1) is not null;
            if (!(c.IsQuote(pos) || c.Is(WordClass.Skip, pos) || head || c.Is(WordClass.Link, pos) || modifier || particle || c.Lexicon.Days.ContainsKey(c.Folded[pos]))) break;
            sawHead |= head;
            if (modifier) modifiers++;
            pos++;
            skipped++;
        }
        if (pos >= c.End || c.Units.StartingAt(pos) is not { } unit) return (null, pos);
        var units = new List<ArgumentUnit> { unit };
        var next = unit.End;
        if (!coordinate) return (units, next);
        var confirmed = 1;
        while (next < c.End)
        {
            var k = next;
            var comma = c.Folded[k] == ",";
            if (comma) k++;
            var conj = k < c.End && c.Is(WordClass.Conjunction, k);
            if (conj) k++;
            if (!comma && !conj) break;
            while (k < c.End && c.Units.StartingAt(k) is null && (c.Is(WordClass.Head, k) || c.Is(WordClass.Skip, k))) k++;
            if (k >= c.End || c.Units.StartingAt(k) is not { } more) break;
            units.Add(more);
            next = more.End;
            if (conj) confirmed = units.Count;
        }
        if (confirmed < units.Count) units.RemoveRange(confirmed, units.Count - confirmed);
        return (units, units[^1].End);
    }

    /// <summary>
    /// The units of a slot ending at or before <paramref name="pos"/> (walking left), allowing up to <paramref name="gap"/>
    /// plain tokens: at each token the first of <see cref="LeftRules.All"/> that decides wins.
    /// </summary>
    public static List<ArgumentUnit>? Left(SentenceContext c, int pos, int gap)
    {
        var scan = new LeftScan(c, pos, gap);
        var rules = LeftRules.All;
        while (scan.Pos >= c.First)
        {
            var step = LeftStep.Failed;
            foreach (var rule in rules)
            {
                step = rule.Apply(scan);
                if (step.Outcome != LeftOutcome.Next) break;
            }
            switch (step.Outcome)
            {
                case LeftOutcome.Moved: continue;
                case LeftOutcome.Found: return step.Units;
                default: return null; // failed, or no rule applies
            }
        }
        return null;
    }

    /// <summary>The sentence's subject with its coordination ("China and India are rivals and have accused each other"), when it ends before <paramref name="pos"/>.</summary>
    internal static List<ArgumentUnit>? Opening(SentenceContext c, int pos)
    {
        if (c.OpeningUnit() is not { } opening || opening.End > pos) return null;
        var (units, next) = Right(c, opening.First, coordinate: true);
        return units is not null && next <= pos ? units : [opening];
    }

    /// <summary>"Menurut media negara KCNA, Kim dan Lavrov": a unit after "menurut" or a preposition is not a conjunct.</summary>
    private static bool IntroducedAsSource(SentenceContext c, ArgumentUnit unit)
    {
        for (var t = unit.First - 1; t >= c.First && unit.First - t <= 6; t--)
        {
            if (c.IsClauseBreak(t)) return false;
            if (c.Is(WordClass.AttributionBefore, t) || c.Is(WordClass.Parenthetical, t)) return true;
        }
        return false;
    }

    internal static List<ArgumentUnit> CoordinateLeft(SentenceContext c, ArgumentUnit unit)
    {
        var units = new List<ArgumentUnit> { unit };
        var k = unit.First - 1;
        var sawConj = false;
        while (k >= c.First)
        {
            // "gerakan Palestina Hamas": a head noun with a state before a unit says where it is from; it is no conjunct.
            if (c.Units.EndingAt(k) is { } origin && origin.End == units[0].First && origin.Entities.Count > 0
                && origin.Entities.All(e => e.Type == Core.Ontology.EntityType.Country) && origin.First - 1 >= c.First && c.Is(WordClass.Head, origin.First - 1))
            {
                k = origin.First - 1;
                while (k > c.First && c.Is(WordClass.Head, k)) k--;
            }
            while (k > c.First && c.Is(WordClass.Skip, k) && !c.Is(WordClass.Conjunction, k)) k--; // "Japan and the Philippines"
            if (c.Is(WordClass.Conjunction, k)) { sawConj = true; k--; if (k >= c.First && c.Folded[k] == ",") k--; }
            else if (c.Folded[k] == "," && sawConj) k--;
            else break;
            if (k < c.First || c.Units.EndingAt(k) is not { } more || IntroducedAsSource(c, more)) break;
            units.Insert(0, more);
            k = more.First - 1;
        }
        return units;
    }
}
