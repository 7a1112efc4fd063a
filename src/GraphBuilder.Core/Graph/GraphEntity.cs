using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>An entity merged across all articles by its stable id.</summary>
public sealed record GraphEntity(string Id, EntityType Type, string Name)
{
    public string? NameLanguage { get; init; }

    /// <summary>Other names seen, ordinal-sorted, never containing <see cref="Name"/>.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public string? Wikidata { get; init; }

    /// <summary>Number of articles that mention the entity.</summary>
    public int ArticleCount { get; init; }
}
