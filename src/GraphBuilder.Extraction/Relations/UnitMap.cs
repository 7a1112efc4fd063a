using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The argument units of one sentence, non-overlapping: larger units (title constructions, role anaphors)
/// win over the mentions inside them.
/// </summary>
public sealed class UnitMap
{
    private readonly Dictionary<int, ArgumentUnit> _byFirst = [];
    private readonly Dictionary<int, ArgumentUnit> _byLast = [];
    private readonly HashSet<int> _covered = [];

    public UnitMap(Sentence sentence, MentionLookup lookup, IEnumerable<EntityMention> mentions, IEnumerable<TitleConstruction> titles)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var candidates = new List<ArgumentUnit>();
        foreach (var group in mentions.Where(m => m.SentenceIndex == sentence.Index && m.EntityId is not null && lookup.TokenRange.ContainsKey(m))
                     .GroupBy(m => lookup.TokenRange[m]))
        {
            candidates.Add(new ArgumentUnit(group.Key.First, group.Key.End,
                [.. group.Select(m => (m.EntityId!, m.Type)).Distinct()], group.Min(m => m.Confidence)));
        }
        foreach (var t in titles)
        {
            // "RSF, yang dipimpin X, ...": the relative clause stands for X; the owner before the comma stays itself.
            if (t.Person?.EntityId is { } id)
                candidates.Add(new ArgumentUnit(t.OwnerAcrossComma ? t.TitleFirst : t.First, t.End, [(id, t.Person.Type)], t.Person.Confidence));
            else if (t.Owners.Count > 0 && t.UnknownName.End <= t.UnknownName.First)
                // "Sudan's army chief", "Juru bicara Kremlin": an unnamed person, not the owner; it fills a slot with nobody.
                candidates.Add(new ArgumentUnit(t.First, t.End, [], 0));
        }
        foreach (var unit in candidates.OrderByDescending(u => u.End - u.First).ThenBy(u => u.First))
        {
            var free = true;
            for (var i = unit.First; i < unit.End && free; i++) free = !_covered.Contains(i);
            if (!free) continue;
            for (var i = unit.First; i < unit.End; i++) _covered.Add(i);
            _byFirst[unit.First] = unit;
            _byLast[unit.End - 1] = unit;
            All.Add(unit);
        }
        All.Sort((a, b) => a.First.CompareTo(b.First));
    }

    public List<ArgumentUnit> All { get; } = [];

    public ArgumentUnit? StartingAt(int token) => _byFirst.GetValueOrDefault(token);

    public ArgumentUnit? EndingAt(int token) => _byLast.GetValueOrDefault(token);

    public bool Covers(int token) => _covered.Contains(token);
}
