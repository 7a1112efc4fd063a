using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>Format "cypher": <c>graph.cypher</c>, a script that builds the graph in Neo4j with no other tool.</summary>
public sealed class CypherScriptExporter(ExportSettings settings) : IGraphExporter
{
    public const string FileName = "graph.cypher";

    public string Format => "cypher";

    public IReadOnlyList<string> FileNames { get; } = [FileName];

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var model = Neo4jGraphMapper.From(graph);
        output.WriteText(FileName, writer => CypherScriptWriter.Write(model, writer, settings.BatchSize, cancellationToken));
    }
}
