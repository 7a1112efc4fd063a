using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Negation and modality before a cue block the relation: "tidak mendukung", "belum mengonfirmasi ataupun
/// membantah keberadaan pasukan", "did not meet", "may send troops". The scope ends at a comma, a clause
/// boundary word ("bahwa", "that") or an argument.
/// </summary>
public static class Negation
{
    private const int Window = 6;

    public static bool Blocks(SentenceContext c, int anchor)
    {
        for (var t = anchor - 1; t >= c.First && anchor - t <= Window; t--)
        {
            if (c.Units.Covers(t) || c.IsClauseBreak(t) || c.Is(WordClass.Boundary, t)) return false;
            if (c.Is(WordClass.Negation, t) || c.Is(WordClass.Modality, t))
            {
                // "tidak hanya" / "not only" is not a negation.
                return !(t + 1 < c.End && c.Is("neg-cancel", t + 1));
            }
        }
        return false;
    }
}
