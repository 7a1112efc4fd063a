namespace GraphBuilder.Visualization.Json;

/// <summary>
/// One relation in <c>graph.json</c>: <see cref="Predicate"/> is the ontology local name
/// (e.g. <c>sendsTroopsTo</c>); symmetric relations are stored once and flagged.
/// </summary>
public sealed record GraphJsonRelation(
    string Subject,
    string Predicate,
    string Object,
    bool Symmetric,
    double Confidence,
    int EvidenceCount,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> Attributions,
    IReadOnlyList<GraphJsonEvidence> Evidence)
{
    /// <summary>
    /// Only in the page's data, which embeds a bounded share of the evidence and no article id list:
    /// the number of supporting articles (graph.json has <see cref="ArticleIds"/>).
    /// </summary>
    public int? ArticleCount { get; init; }

    /// <summary>Only in the page's data: every distinct evidence date, for the timeline filter.</summary>
    public IReadOnlyList<string>? Dates { get; init; }
}
