using GraphBuilder.Core.Output;

namespace GraphBuilder.Visualization.GraphMl;

/// <summary>Writes <c>graph.graphml</c> (format "graphml") for Gephi, yEd and Cytoscape desktop.</summary>
public static class GraphMlExporter
{
    public const string FileName = "graph.graphml";

    public static SingleFileExporter Create() =>
        SingleFileExporter.Binary("graphml", FileName, (graph, stream, _) => GraphMlWriter.Write(graph, stream));
}
