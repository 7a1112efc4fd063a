namespace GraphBuilder.Visualization.Json;

/// <summary>One entity in <c>graph.json</c>; <see cref="Class"/> is the ontology class (Person, Country, ...).</summary>
public sealed record GraphJsonEntity(
    string Id,
    string Class,
    string Name,
    string? NameLanguage,
    IReadOnlyList<string> Aliases,
    string? Wikidata,
    int ArticleCount)
{
    /// <summary>The preferred name per language (skos:prefLabel), in language order.</summary>
    public IReadOnlyList<GraphJsonName>? Labels { get; init; }

    /// <summary>Every name with its language, the canonical name included.</summary>
    public IReadOnlyList<GraphJsonName>? Names { get; init; }
}
