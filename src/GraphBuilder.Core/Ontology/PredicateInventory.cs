using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace GraphBuilder.Core.Ontology;

/// <summary>
/// The relation inventory loaded from <c>ontology/predicates.tsv</c>: every predicate that exists, in file
/// order. Code that needs one particular predicate asks for it by local name (<see cref="Require"/>);
/// readers of exports parse local names and relationship types through it.
/// </summary>
public sealed partial class PredicateInventory : IReadOnlyList<Predicate>
{
    /// <summary>The file's name inside the ontology directory.</summary>
    public const string FileName = "predicates.tsv";

    private readonly ImmutableArray<Predicate> _all;
    private readonly FrozenDictionary<string, Predicate> _byLocalName;
    private readonly FrozenDictionary<string, Predicate> _byRelationshipType;

    private PredicateInventory(string source, ImmutableArray<Predicate> all)
    {
        Source = source;
        _all = all;
        _byLocalName = all.ToFrozenDictionary(p => p.LocalName, StringComparer.Ordinal);
        _byRelationshipType = all.ToFrozenDictionary(p => p.RelationshipType, StringComparer.Ordinal);
    }

    /// <summary>Where the inventory was read from (named in errors).</summary>
    public string Source { get; }

    public int Count => _all.Length;

    public Predicate this[int index] => _all[index];

    /// <summary>The predicate with this local name, e.g. <c>leaderOf</c>.</summary>
    public bool TryGet(string localName, out Predicate predicate) => _byLocalName.TryGetValue(localName, out predicate!);

    /// <summary>The predicate with this Neo4j relationship type, e.g. <c>LEADER_OF</c>.</summary>
    public bool TryGetByRelationshipType(string type, out Predicate predicate) => _byRelationshipType.TryGetValue(type, out predicate!);

    /// <summary>The predicate a component cannot work without; the error names the file and who needs it.</summary>
    public Predicate Require(string localName, string neededBy) =>
        TryGet(localName, out var p) ? p : throw new FormatException($"{Source}: no predicate '{localName}', which {neededBy} needs.");

    public IEnumerator<Predicate> GetEnumerator() => ((IEnumerable<Predicate>)_all).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
