using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Visualization.GraphMl;

/// <summary>Writes <c>graph.graphml</c> (format "graphml") for Gephi, yEd and Cytoscape desktop.</summary>
public sealed class GraphMlExporter : IGraphExporter
{
    public const string FileName = "graph.graphml";

    public string Format => "graphml";

    public IReadOnlyList<string> FileNames { get; } = [FileName];

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        output.WriteFile(FileName, stream => GraphMlWriter.Write(graph, stream));
    }
}
