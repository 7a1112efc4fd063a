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

    public static bool Blocks(SentenceContext c, int anchor, int subjectFirst = -1)
    {
        // "if NATO deployed troops", "jika Rusia menyerang": a condition before the subject.
        for (var t = subjectFirst - 1; subjectFirst > c.First && t >= Math.Max(c.First, subjectFirst - 2); t--)
        {
            if (c.Is(WordClass.Modality, t) || c.Is(WordClass.Negation, t)) return true;
        }
        for (var t = anchor - 1; t >= c.First && anchor - t <= Window; t--)
        {
            if (c.Units.Covers(t) || c.IsClauseBreak(t) || c.Is(WordClass.Boundary, t)) return false;
            if (c.Is(WordClass.Negation, t) || c.Is(WordClass.Modality, t))
            {
                // "tidak hanya" / "not only" is not a negation.
                return !(t + 1 < c.End && c.Is(WordClass.NegationCancel, t + 1));
            }
        }
        return false;
    }
}
