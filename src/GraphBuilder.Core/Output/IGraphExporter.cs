using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Output;

/// <summary>
/// One output format of the finished graph (graph.nt, graph.cypher, graph.html, ...).
/// Adding a format is adding one class; the CLI picks exporters by <see cref="Format"/>.
/// </summary>
public interface IGraphExporter
{
    /// <summary>The short name used with <c>--formats</c>, e.g. "nt", "ttl", "cypher".</summary>
    string Format { get; }

    /// <summary>The files this exporter writes, relative to the output directory.</summary>
    IReadOnlyList<string> FileNames { get; }

    /// <summary>Writes the files. Each file must be written through <paramref name="output"/> so it appears atomically.</summary>
    void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default);
}
