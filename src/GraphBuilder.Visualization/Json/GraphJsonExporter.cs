using GraphBuilder.Core.Output;

namespace GraphBuilder.Visualization.Json;

/// <summary>
/// Writes <c>graph.json</c> (format "json"): the complete, versioned snapshot that the later commands
/// (<c>visualize</c>, <c>load neo4j</c>, <c>publish</c>) read back instead of re-running extraction.
/// </summary>
public static class GraphJsonExporter
{
    public const string FileName = "graph.json";

    public static SingleFileExporter Create() =>
        SingleFileExporter.Binary("json", FileName, (graph, stream, _) => GraphJsonSerializer.Write(graph, stream));
}
