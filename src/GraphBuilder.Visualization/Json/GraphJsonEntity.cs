namespace GraphBuilder.Visualization.Json;

/// <summary>One entity in <c>graph.json</c>; <see cref="Class"/> is the ontology class (Person, Country, ...).</summary>
public sealed record GraphJsonEntity(
    string Id,
    string Class,
    string Name,
    string? NameLanguage,
    IReadOnlyList<string> Aliases,
    string? Wikidata,
    int ArticleCount);
