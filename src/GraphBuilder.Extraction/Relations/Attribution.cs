using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Who a sentence attributes its claim to: "menurut X" / "according to X", '..., kata X' / '..., said X',
/// "..., demikian disampaikan X", or the words before a verb of saying or believing ("Pejabat Barat percaya ...",
/// "X said that ..."). A list of sources ("A, B, C dan D") is kept whole: the names joined with ", ".
/// </summary>
public static class Attribution
{
    private const int MaxWords = 6;
    private const string Separator = ", ";

    public static string? Find(SentenceContext c, int anchor, Func<ArgumentUnit, string> name)
    {
        for (var t = c.First; t < c.End; t++)
        {
            if (c.Is(WordClass.AttributionBefore, t)) return Following(c, t + 1, name);
            if (c.Is(WordClass.AttributionAfter, t) && t > c.First && t > anchor && AfterClaim(c, t - 1))
                return Following(c, t + 1, name);
        }
        for (var t = anchor - 1; t > c.First; t--)
        {
            if (!c.Is(WordClass.AttributionVerb, t)) continue;
            var p = t - 1;
            while (p >= c.First && (c.Is(WordClass.Skip, p) || c.Folded[p] == ",")) p--;
            if (p >= c.First && c.Units.EndingAt(p) is not null) return Preceding(c, p, name);
            if (t - c.First <= MaxWords) return Text(c, c.First, t);
            return null;
        }
        return null;
    }

    /// <summary>The cue follows the claim: after a comma or quote, or after a lead word ("demikian") that may follow either.</summary>
    private static bool AfterClaim(SentenceContext c, int before) =>
        c.Folded[before] == "," || c.IsQuote(before) || c.Is(WordClass.AttributionLead, before);

    private static string? Following(SentenceContext c, int t, Func<ArgumentUnit, string> name)
    {
        while (t < c.End && (c.Is(WordClass.TitleTo, t) || c.Is(WordClass.Skip, t))) t++;
        if (c.Units.StartingAt(t) is { } first)
        {
            // "A, B dan C": a list ends with a conjunction; a bare comma after the last source opens the claim.
            var items = new List<string> { name(first) };
            var kept = 1;
            for (var next = first.End; ListItemAfter(c, next, out var item, out var conjunction); next = item.End)
            {
                items.Add(name(item));
                if (conjunction) kept = items.Count;
            }
            return string.Join(Separator, items.Take(kept).Distinct(StringComparer.Ordinal));
        }
        var start = t;
        while (t < c.End && t - start < MaxWords)
        {
            if (c.IsClauseBreak(t) || c.IsQuote(t)) break;
            t++;
        }
        return t > start ? Text(c, start, t) : null;
    }

    /// <summary>The sources ending at token <paramref name="last"/>, walking back over ", " and conjunctions.</summary>
    private static string Preceding(SentenceContext c, int last, Func<ArgumentUnit, string> name)
    {
        var names = new List<string>();
        var unit = c.Units.EndingAt(last);
        // Walking back, the separator before the last source must hold the conjunction ("B dan C").
        for (var needConjunction = true; unit is not null; needConjunction = false)
        {
            names.Add(name(unit));
            unit = ListItemBefore(c, unit.First - 1, needConjunction);
        }
        names.Reverse();
        return string.Join(Separator, names.Distinct(StringComparer.Ordinal));
    }

    /// <summary>A further list item after a separator (",", a conjunction, or ", dan") at token <paramref name="t"/>.</summary>
    private static bool ListItemAfter(SentenceContext c, int t, out ArgumentUnit item, out bool conjunction)
    {
        item = null!;
        var p = t;
        if (p < c.End && c.Folded[p] == ",") p++;
        conjunction = p < c.End && c.Is(WordClass.Conjunction, p);
        if (conjunction) p++;
        if (p == t || c.Units.StartingAt(p) is not { } unit) return false;
        item = unit;
        return true;
    }

    /// <summary>The list item that ends before the separator ending at token <paramref name="t"/>, if any.</summary>
    private static ArgumentUnit? ListItemBefore(SentenceContext c, int t, bool needConjunction)
    {
        var p = t;
        if (p >= c.First && c.Is(WordClass.Conjunction, p)) p--;
        else if (needConjunction) return null;
        if (p >= c.First && c.Folded[p] == ",") p--;
        return p == t || p < c.First ? null : c.Units.EndingAt(p);
    }

    private static string Text(SentenceContext c, int first, int end) =>
        c.Document.Text[c.Document.Tokens[first].Start..c.Document.Tokens[end - 1].End];
}
