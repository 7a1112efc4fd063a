namespace GraphBuilder.Visualization.Json;

/// <summary>Metadata of one ingested article in <c>graph.json</c>; dates are ISO 8601 (yyyy-MM-dd).</summary>
public sealed record GraphJsonArticle(
    string Id,
    string Title,
    string SourcePath,
    string? Url,
    string? Published,
    string Language,
    int SentenceCount,
    string ContentHash);
