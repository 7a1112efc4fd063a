namespace GraphBuilder.Visualization.Json;

/// <summary>
/// The root of <c>graph.json</c>: a complete, machine-readable snapshot of a knowledge graph.
/// <c>graph.html</c> embeds exactly this document, and <c>visualize --from</c> reads it back.
/// </summary>
public sealed record GraphJsonDocument(
    string Format,
    int Version,
    IReadOnlyList<GraphJsonEntity> Entities,
    IReadOnlyList<GraphJsonRelation> Relations,
    IReadOnlyList<GraphJsonArticle> Articles,
    IReadOnlyList<GraphJsonSentence> Sentences)
{
    /// <summary>Value of <see cref="Format"/> that identifies the file.</summary>
    public const string FormatName = "graphbuilder-graph";

    /// <summary>The version this code writes and reads.</summary>
    public const int CurrentVersion = 1;
}
