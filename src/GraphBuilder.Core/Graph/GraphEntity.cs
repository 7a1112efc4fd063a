using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>An entity merged across all articles by its stable id.</summary>
public sealed record GraphEntity(string Id, EntityType Type, string Name)
{
    public string? NameLanguage { get; init; }

    /// <summary>Other names seen, ordinal-sorted, never containing <see cref="Name"/>.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Every (name, language) pair, in <see cref="EntityName.Compare"/> order; includes <see cref="Name"/>.</summary>
    public ImmutableArray<EntityName> Names { get; init; } = [];

    /// <summary>
    /// The preferred name in each language the entity has names in, one per language, in language order:
    /// the curated name when the gazetteer has one, otherwise the name seen in most articles in that language.
    /// </summary>
    public ImmutableArray<EntityName> PreferredNames { get; init; } = [];

    public string? Wikidata { get; init; }

    /// <summary>Number of articles that mention the entity.</summary>
    public int ArticleCount { get; init; }
}
