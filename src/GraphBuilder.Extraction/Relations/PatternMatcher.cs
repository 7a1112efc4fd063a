using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Matches one <see cref="CuePattern"/> at an anchor token: the elements after the anchor forwards (with
/// backtracking over gaps and optional words), the slot before it backwards.
/// </summary>
public static class PatternMatcher
{
    public static PatternMatch? Match(SentenceContext c, CuePattern pattern, int anchor)
    {
        var state = new State();
        if (!Forward(c, pattern, pattern.Anchor, anchor, state)) return null;
        var pos = anchor - 1;
        var gap = 0;
        var first = anchor;
        for (var i = pattern.Anchor - 1; i >= 0; i--)
        {
            var e = pattern.Elements[i];
            switch (e.Kind)
            {
                case PatternElementKind.Literal:
                    if (pos >= c.First && e.Words.Contains(c.Folded[pos])) first = pos--;
                    break;
                case PatternElementKind.Gap:
                    gap = e.MaxGap;
                    break;
                default:
                    var units = ArgumentScanner.Left(c, pos, gap);
                    if (units is null) return null;
                    if (e.Kind == PatternElementKind.Subject) state.Subjects = units; else state.Objects = units;
                    first = Math.Min(first, units[0].First);
                    pos = units[0].First - 1;
                    break;
            }
        }
        if (state.Subjects is null) return null;
        if (pattern.HasObject && state.Objects is null) return null;
        var spanFirst = Math.Min(first, state.Subjects.Min(u => u.First));
        return new PatternMatch(state.Subjects, state.Objects ?? [], spanFirst, state.End);
    }

    private static bool Forward(SentenceContext c, CuePattern p, int i, int pos, State state)
    {
        if (i == p.Elements.Length)
        {
            state.End = Math.Max(pos, state.End);
            return true;
        }
        var e = p.Elements[i];
        switch (e.Kind)
        {
            case PatternElementKind.Literal:
                if (pos < c.End && e.Words.Contains(c.Folded[pos]) && Forward(c, p, i + 1, pos + 1, state)) return true;
                return e.Optional && Forward(c, p, i + 1, pos, state);
            case PatternElementKind.Gap:
                for (var k = 0; k <= e.MaxGap && pos + k <= c.End; k++)
                {
                    if (k > 0 && c.IsClauseBreak(pos + k - 1) && !(e.AllowsComma && c.Folded[pos + k - 1] == ",")) return false;
                    if (Forward(c, p, i + 1, pos + k, state)) return true;
                }
                return false;
            default:
                var coordinate = i + 1 == p.Elements.Length || !NextIsConjunction(c, p, i + 1);
                var (units, next) = ArgumentScanner.Right(c, pos, coordinate);
                if (units is null) return false;
                var saved = (state.Subjects, state.Objects);
                if (e.Kind == PatternElementKind.Subject) state.Subjects = units; else state.Objects = units;
                if (Forward(c, p, i + 1, next, state)) return true;
                (state.Subjects, state.Objects) = saved;
                return false;
        }
    }

    private static bool NextIsConjunction(SentenceContext c, CuePattern p, int i) =>
        p.Elements[i].Kind == PatternElementKind.Literal && p.Elements[i].Words.Any(w => c.Lexicon.Is(WordClass.Conjunction, w) || w == ",");

    private sealed class State
    {
        public List<ArgumentUnit>? Subjects;
        public List<ArgumentUnit>? Objects;
        public int End;
    }
}
