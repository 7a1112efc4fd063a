namespace GraphBuilder.Neo4j.Model;

/// <summary>An <c>:Article</c> node.</summary>
public sealed record Neo4jArticle(string Id, string Title, string Source)
{
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }
    public int SentenceCount { get; init; }
}
