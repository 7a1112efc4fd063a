using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Who a sentence attributes its claim to: "menurut X" / "according to X", '..., kata X' / '..., said X',
/// or the words before a verb of saying or believing ("Pejabat Barat percaya ...", "X said that ...").
/// </summary>
public static class Attribution
{
    private const int MaxWords = 6;

    public static string? Find(SentenceContext c, int anchor, Func<ArgumentUnit, string> name)
    {
        for (var t = c.First; t < c.End; t++)
        {
            if (c.Is(WordClass.AttributionBefore, t)) return Following(c, t + 1, name);
            if (c.Is(WordClass.AttributionAfter, t) && t > c.First && (c.Folded[t - 1] == "," || c.IsQuote(t - 1)) && t > anchor)
                return Following(c, t + 1, name);
        }
        for (var t = anchor - 1; t > c.First; t--)
        {
            if (!c.Is(WordClass.AttributionVerb, t)) continue;
            var p = t - 1;
            while (p >= c.First && (c.Is(WordClass.Skip, p) || c.Folded[p] == ",")) p--;
            if (p >= c.First && c.Units.EndingAt(p) is { } unit) return name(unit);
            if (t - c.First <= MaxWords) return Text(c, c.First, t);
            return null;
        }
        return null;
    }

    private static string? Following(SentenceContext c, int t, Func<ArgumentUnit, string> name)
    {
        while (t < c.End && (c.Is(WordClass.TitleTo, t) || c.Is(WordClass.Skip, t))) t++;
        var start = t;
        while (t < c.End && t - start < MaxWords)
        {
            if (c.Units.StartingAt(t) is { } unit && t == start) return name(unit);
            if (c.IsClauseBreak(t) || c.IsQuote(t)) break;
            t++;
        }
        return t > start ? Text(c, start, t) : null;
    }

    private static string Text(SentenceContext c, int first, int end) =>
        c.Document.Text[c.Document.Tokens[first].Start..c.Document.Tokens[end - 1].End];
}
