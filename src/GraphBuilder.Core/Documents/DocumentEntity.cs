using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Documents;

/// <summary>An entity as resolved within one document: stable id, class, canonical name, other names, link.</summary>
public sealed record DocumentEntity(string Id, EntityType Type, string Name)
{
    /// <summary>Language tag of <see cref="Name"/> (e.g. "en", "id"), or null when unknown.</summary>
    public string? NameLanguage { get; init; }

    /// <summary>Other surface forms seen for this entity.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Every name seen in this document, tagged with the document's language (the canonical name included).</summary>
    public ImmutableArray<EntityName> Names { get; init; } = [];

    /// <summary>Curated preferred names, at most one per language (gazetteer entities only).</summary>
    public ImmutableArray<EntityName> Labels { get; init; } = [];

    /// <summary>Wikidata QID ("Q423") when linked with certainty; otherwise null.</summary>
    public string? Wikidata { get; init; }

    /// <summary>True when the entity came from the curated gazetteer (its name is authoritative).</summary>
    public bool FromGazetteer { get; init; }
}
