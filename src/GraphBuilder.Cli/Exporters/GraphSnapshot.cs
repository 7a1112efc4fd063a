using GraphBuilder.Cli.Commands;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Cli.Exporters;

/// <summary>
/// The one file the later commands (<c>visualize</c>, <c>load neo4j</c>, <c>publish</c>) read: the
/// versioned graph.json that <c>ingest</c> wrote. Each command rebuilds what it needs from the graph
/// with the same mapping <c>ingest</c> used, so nothing depends on a second export's layout.
/// </summary>
public static class GraphSnapshot
{
    public const string FileName = GraphJsonExporter.FileName;

    /// <summary>
    /// Reads <c>DIR/graph.json</c> after checking it against the output manifest; on any problem prints
    /// one error line naming the file and the reason, and returns null.
    /// </summary>
    public static KnowledgeGraph? Read(CliContext context, string directory, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directory);
        var input = Path.Combine(directory, FileName);
        if (!File.Exists(input))
        {
            context.Error.WriteLine($"error: {input}: not found; run 'graphbuilder ingest <paths> --out {directory}' first (it writes {FileName}).");
            return null;
        }
        if (!ManifestGate.Allows(context, directory, [FileName])) return null;
        try
        {
            using var stream = File.OpenRead(input);
            return GraphJsonSerializer.Read(stream, predicates);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {input}: {e.Message}");
            return null;
        }
    }
}
