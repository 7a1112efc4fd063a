using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Neo4j.Model;

/// <summary>An <c>:Entity</c> node with its class label, as written to Neo4j.</summary>
public sealed record Neo4jEntity(string Id, EntityType Type, string Name)
{
    public string? NameLanguage { get; init; }

    /// <summary>Other names, ordinal-sorted, never containing <see cref="Name"/>.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Names per language, in language order (names without a language are only in <see cref="Aliases"/>).</summary>
    public ImmutableArray<Neo4jLanguageNames> LanguageNames { get; init; } = [];

    /// <summary>Wikidata QID such as <c>Q423</c>, when linked.</summary>
    public string? Wikidata { get; init; }
}
