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

    public UnitMap(Sentence sentence, MentionLookup lookup, IEnumerable<EntityMention> mentions, IEnumerable<TitleConstruction> titles)
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
    }

    public List<ArgumentUnit> All { get; } = [];

    public ArgumentUnit? StartingAt(int token) => InSentence(token) ? _byFirst[token - _first] : null;

    public ArgumentUnit? EndingAt(int token) => InSentence(token) ? _byLast[token - _first] : null;

    public bool Covers(int token) => InSentence(token) && _covered[token - _first];

    private bool InSentence(int token) => (uint)(token - _first) < (uint)_covered.Length;

    /// <summary>One unit per token range of the sentence's resolved mentions (a "kedua negara" pair is one unit), in first-seen order.</summary>
    private static List<ArgumentUnit> MentionUnits(Sentence sentence, MentionLookup lookup, IEnumerable<EntityMention> mentions)
    {
        var units = new List<ArgumentUnit>();
        foreach (var m in mentions)
        {
            if (m.SentenceIndex != sentence.Index || m.EntityId is not { } id || !lookup.TryGetRange(m, out var first, out var end)) continue;
            var index = units.Count - 1;
            while (index >= 0 && (units[index].First != first || units[index].End != end)) index--;
            if (index < 0)
            {
                units.Add(new ArgumentUnit(first, end, new List<(string, EntityType)> { (id, m.Type) }, m.Confidence));
                continue;
            }
            var unit = units[index];
            var entities = (List<(string Id, EntityType Type)>)unit.Entities;
            if (!entities.Contains((id, m.Type))) entities.Add((id, m.Type));
            if (m.Confidence < unit.Confidence) units[index] = unit with { Confidence = m.Confidence };
        }
        return units;
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
