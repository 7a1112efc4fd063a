namespace GraphBuilder.Visualization.GraphMl;

/// <summary>A GraphML &lt;key&gt; declaration: an attribute of nodes or edges with its name and type.</summary>
public sealed record GraphMlKey(string Id, string For, string Name, string Type)
{
    /// <summary>Node attributes, in the order they are declared and written.</summary>
    public static IReadOnlyList<GraphMlKey> NodeKeys { get; } =
    [
        new("label", "node", "label", "string"),
        new("class", "node", "class", "string"),
        new("entity_id", "node", "entity_id", "string"),
        new("aliases", "node", "aliases", "string"),
        new("wikidata", "node", "wikidata", "string"),
        new("article_count", "node", "article_count", "int"),
    ];

    /// <summary>Edge attributes, in the order they are declared and written.</summary>
    public static IReadOnlyList<GraphMlKey> EdgeKeys { get; } =
    [
        new("type", "edge", "type", "string"),
        new("evidence_count", "edge", "evidence_count", "int"),
        new("confidence", "edge", "confidence", "double"),
        new("first_date", "edge", "first_date", "string"),
        new("last_date", "edge", "last_date", "string"),
        new("first_sentence", "edge", "first_sentence", "string"),
        new("article_ids", "edge", "article_ids", "string"),
        new("edge_article_count", "edge", "article_count", "int"),
        new("attributions", "edge", "attributions", "string"),
    ];
}
