using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The argument units of one sentence, non-overlapping: larger units (title constructions, role anaphors)
/// win over the mentions inside them.
/// </summary>
public sealed class UnitMap
{
    private readonly int _first;
    private readonly ArgumentUnit?[] _byFirst;
    private readonly ArgumentUnit?[] _byLast;
    private readonly bool[] _covered;

    private const int MaxBracketTokens = 4;

    public UnitMap(Sentence sentence, MentionLookup lookup, IEnumerable<EntityMention> mentions, IEnumerable<TitleConstruction> titles, ImmutableArray<string> folded = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(titles);
        var candidates = MentionUnits(sentence, lookup, mentions);
        foreach (var t in titles)
        {
            // "RSF, yang dipimpin X, ...": the relative clause stands for X; the owner before the comma stays itself.
            if (t.Person?.EntityId is { } id)
                candidates.Add(new ArgumentUnit(t.OwnerAcrossComma ? t.TitleFirst : t.First, t.End, [(id, t.Person.Type)], t.Person.Confidence));
            else if (t.Owners.Count > 0 && t.UnknownName.End <= t.UnknownName.First)
                // "Sudan's army chief", "Juru bicara Kremlin": an unnamed person, not the owner; it fills a slot with nobody.
                candidates.Add(new ArgumentUnit(t.First, t.End, [], 0));
        }
        // The sentence's tokens, widened to any unit reaching past them.
        _first = Math.Min(sentence.FirstToken, candidates.Count == 0 ? int.MaxValue : candidates.Min(u => u.First));
        var end = Math.Max(sentence.FirstToken + sentence.TokenCount, candidates.Count == 0 ? 0 : candidates.Max(u => u.End));
        _byFirst = new ArgumentUnit?[end - _first];
        _byLast = new ArgumentUnit?[end - _first];
        _covered = new bool[end - _first];
        foreach (var unit in LargestFirst(candidates))
        {
            var free = true;
            for (var i = unit.First; i < unit.End && free; i++) free = !Covers(i);
            if (!free) continue;
            for (var i = unit.First; i < unit.End; i++) _covered[i - _first] = true;
            _byFirst[unit.First - _first] = unit;
            _byLast[unit.End - 1 - _first] = unit;
            All.Add(unit);
        }
        All.Sort((a, b) => a.First.CompareTo(b.First));
        if (!folded.IsDefault) AbsorbBrackets(folded);
    }

    /// <summary>
    /// "Uni Emirat Arab (UEA)", "Abdirahman Mohamed Abdullahi (Cirro)": a short bracket right after a unit, holding no
    /// other entity, belongs to the unit, so slots and coordinations read across it.
    /// </summary>
    private void AbsorbBrackets(ImmutableArray<string> folded)
    {
        for (var i = 0; i < All.Count; i++)
        {
            var unit = All[i];
            if (unit.End >= folded.Length || folded[unit.End] != "(") continue;
            var close = unit.End + 1;
            while (close < folded.Length && close - unit.End <= MaxBracketTokens + 1 && folded[close] is not (")" or "(" or "." or "," or ";")) close++;
            if (close >= folded.Length || folded[close] != ")" || close == unit.End + 1 || !InSentence(close)) continue;
            var inner = All.Where(u => u.First > unit.End && u.First < close).ToList();
            if (inner.Any(u => u.End > close || !u.Entities.SequenceEqual(unit.Entities))) continue;
            foreach (var u in inner) { _byFirst[u.First - _first] = null; _byLast[u.End - 1 - _first] = null; All.Remove(u); }
            var wide = unit with { End = close + 1 };
            for (var t = unit.End; t <= close; t++) _covered[t - _first] = true;
            _byLast[unit.End - 1 - _first] = null;
            _byFirst[unit.First - _first] = wide;
            _byLast[close - _first] = wide;
            All[i] = wide;
        }
    }

    public List<ArgumentUnit> All { get; } = [];

    public ArgumentUnit? StartingAt(int token) => InSentence(token) ? _byFirst[token - _first] : null;

    public ArgumentUnit? EndingAt(int token) => InSentence(token) ? _byLast[token - _first] : null;

    public bool Covers(int token) => InSentence(token) && _covered[token - _first];

    private bool InSentence(int token) => (uint)(token - _first) < (uint)_covered.Length;

    /// <summary>One unit per token range of the sentence's resolved mentions (a "kedua negara" pair is one unit), in first-seen order.</summary>
    private static List<ArgumentUnit> MentionUnits(Sentence sentence, MentionLookup lookup, IEnumerable<EntityMention> mentions)
    {
        // The entities of each range are collected in lists owned here, then frozen into the units.
        var ranges = new List<(int First, int End, List<(string Id, EntityType Type)> Entities, double Confidence)>();
        foreach (var m in mentions)
        {
            if (m.SentenceIndex != sentence.Index || m.EntityId is not { } id || !lookup.TryGetRange(m, out var first, out var end)) continue;
            var index = ranges.Count - 1;
            while (index >= 0 && (ranges[index].First != first || ranges[index].End != end)) index--;
            if (index < 0)
            {
                ranges.Add((first, end, [(id, m.Type)], m.Confidence));
                continue;
            }
            var range = ranges[index];
            if (!range.Entities.Contains((id, m.Type))) range.Entities.Add((id, m.Type));
            if (m.Confidence < range.Confidence) ranges[index] = range with { Confidence = m.Confidence };
        }
        return [.. ranges.Select(r => new ArgumentUnit(r.First, r.End, r.Entities.ToArray(), r.Confidence))];
    }

    /// <summary>Longest units first, then leftmost; equal ones keep their order (a stable sort).</summary>
    private static List<ArgumentUnit> LargestFirst(List<ArgumentUnit> units)
    {
        var order = new int[units.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var byLength = (units[b].End - units[b].First).CompareTo(units[a].End - units[a].First);
            if (byLength != 0) return byLength;
            var byFirst = units[a].First.CompareTo(units[b].First);
            return byFirst != 0 ? byFirst : a.CompareTo(b);
        });
        return [.. order.Select(i => units[i])];
    }
}
