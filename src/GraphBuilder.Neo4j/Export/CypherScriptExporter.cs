using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>Format "cypher": <c>graph.cypher</c>, a script that builds the graph in Neo4j with no other tool.</summary>
public static class CypherScriptExporter
{
    public const string FileName = "graph.cypher";

    public static SingleFileExporter Create(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SingleFileExporter.Text("cypher", FileName,
            (graph, writer, ct) => CypherScriptWriter.Write(Neo4jGraphMapper.From(graph), writer, settings.BatchSize, ct));
    }
}
