using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Visualization.Json;

/// <summary>Writes <c>graph.json</c> (format "json"), the snapshot that <c>visualize --from</c> reads back.</summary>
public sealed class GraphJsonExporter : IGraphExporter
{
    public const string FileName = "graph.json";

    public string Format => "json";

    public IReadOnlyList<string> FileNames { get; } = [FileName];

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        output.WriteFile(FileName, stream => GraphJsonSerializer.Write(graph, stream));
    }
}
