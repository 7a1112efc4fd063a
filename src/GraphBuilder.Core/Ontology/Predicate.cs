using System.Collections.Frozen;
using System.Collections.Immutable;

namespace GraphBuilder.Core.Ontology;

/// <summary>
/// One relation of the inventory, as declared by a row of <c>ontology/predicates.tsv</c> and obtained from a
/// <see cref="PredicateInventory"/>. Two predicates are equal when they have the same row and local name, so
/// inventories loaded twice from the same file agree; predicates sort in file order.
/// </summary>
public sealed class Predicate : IEquatable<Predicate>, IComparable<Predicate>
{
    private readonly int _hash;

    internal Predicate(int ordinal, string localName, ImmutableArray<EntityType> domain, ImmutableArray<EntityType> range,
        bool isSymmetric, string relationshipType, FrozenDictionary<string, string> labels)
    {
        Ordinal = ordinal;
        LocalName = localName;
        Domain = domain;
        Range = range;
        IsSymmetric = isSymmetric;
        RelationshipType = relationshipType;
        Labels = labels;
        _hash = StringComparer.Ordinal.GetHashCode(localName);
    }

    /// <summary>Position in predicates.tsv (0 for the first row); outputs grouped by predicate follow it.</summary>
    public int Ordinal { get; }

    /// <summary>The ontology local name, e.g. <c>sendsTroopsTo</c>.</summary>
    public string LocalName { get; }

    /// <summary>Classes the subject may have (rdfs:domain).</summary>
    public ImmutableArray<EntityType> Domain { get; }

    /// <summary>Classes the object may have (rdfs:range).</summary>
    public ImmutableArray<EntityType> Range { get; }

    /// <summary>True for an owl:SymmetricProperty: stored once, with the ordinal-smaller id as subject.</summary>
    public bool IsSymmetric { get; }

    /// <summary>The Neo4j relationship type, e.g. <c>SENDS_TROOPS_TO</c>.</summary>
    public string RelationshipType { get; }

    /// <summary>rdfs:label by language code.</summary>
    public FrozenDictionary<string, string> Labels { get; }

    /// <summary>The predicate's IRI in the GraphBuilder namespace.</summary>
    public string Iri => OntologyNamespace.GraphBuilder + LocalName;

    /// <summary>True when a subject of class <paramref name="subject"/> may have this relation to an object of class <paramref name="object"/>.</summary>
    public bool Allows(EntityType subject, EntityType @object) => Domain.Contains(subject) && Range.Contains(@object);

    public bool Equals(Predicate? other) =>
        ReferenceEquals(this, other) || (other is not null && other.Ordinal == Ordinal && string.Equals(other.LocalName, LocalName, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as Predicate);

    public override int GetHashCode() => _hash;

    public int CompareTo(Predicate? other) =>
        other is null ? 1 : Ordinal != other.Ordinal ? Ordinal.CompareTo(other.Ordinal) : string.CompareOrdinal(LocalName, other.LocalName);

    public static bool operator ==(Predicate? left, Predicate? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Predicate? left, Predicate? right) => !(left == right);

    public override string ToString() => LocalName;
}
