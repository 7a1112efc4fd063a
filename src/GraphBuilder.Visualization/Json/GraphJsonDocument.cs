namespace GraphBuilder.Visualization.Json;

/// <summary>
/// The root of <c>graph.json</c>: a complete, machine-readable snapshot of a knowledge graph.
/// <c>visualize</c>, <c>load neo4j</c> and <c>publish</c> read it back; <c>graph.html</c> embeds a
/// bounded share of it (see <c>PageData</c>).
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

    /// <summary>
    /// The version this code writes. Version 2 writes each sentence's text once (in <c>sentences</c>);
    /// version 1 also repeated it in every piece of evidence. Both are read.
    /// </summary>
    public const int CurrentVersion = 2;

    /// <summary>The oldest version this code reads.</summary>
    public const int OldestVersion = 1;
}
