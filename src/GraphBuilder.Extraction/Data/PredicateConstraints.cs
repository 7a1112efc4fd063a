using System.Collections.Frozen;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>Domain and range of each predicate, from <c>ontology/predicates.tsv</c> (mirrors graphbuilder.ttl).</summary>
public sealed class PredicateConstraints
{
    private readonly FrozenDictionary<Predicate, (EntityType[] Domain, EntityType[] Range)> _table;

    private PredicateConstraints(FrozenDictionary<Predicate, (EntityType[], EntityType[])> table) => _table = table;

    public bool Allows(Predicate predicate, EntityType subject, EntityType @object) =>
        _table.TryGetValue(predicate, out var c) && c.Domain.Contains(subject) && c.Range.Contains(@object);

    public IReadOnlyList<EntityType> Domain(Predicate predicate) => _table[predicate].Domain;
    public IReadOnlyList<EntityType> Range(Predicate predicate) => _table[predicate].Range;

    public static PredicateConstraints Load(string path)
    {
        var table = new Dictionary<Predicate, (EntityType[], EntityType[])>();
        foreach (var r in TsvFile.Rows(path, 3))
        {
            if (!PredicateInfo.TryParse(r[0], out var p)) throw new FormatException($"{path}: unknown predicate '{r[0]}'.");
            table[p] = (Types(path, r[1]), Types(path, r[2]));
        }
        var missing = PredicateInfo.All.Where(p => !table.ContainsKey(p)).ToList();
        if (missing.Count > 0) throw new FormatException($"{path}: no domain/range for {string.Join(", ", missing.Select(m => m.LocalName()))}.");
        return new PredicateConstraints(table.ToFrozenDictionary());
    }

    private static EntityType[] Types(string path, string cell) =>
        [.. TsvFile.List(cell).Select(t => Enum.TryParse<EntityType>(t, out var e) ? e : throw new FormatException($"{path}: unknown class '{t}'."))];
}
