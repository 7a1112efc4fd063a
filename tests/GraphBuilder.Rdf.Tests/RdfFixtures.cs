using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Rdf.Export;
using GraphBuilder.Rdf.Mapping;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests;

/// <summary>Shared graphs and helpers for the RDF tests.</summary>
public static class RdfFixtures
{
    public static readonly ExportSettings Settings = new();

    public static KnowledgeGraph Graph(string name) => name switch
    {
        "seedlike" => TestGraphs.SeedLike(),
        "torture" => TestGraphs.Torture(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static SingleFileExporter Exporter(string format) => RdfExporter.All(Settings).Single(e => e.Format == format);

    /// <summary>The serialization of <paramref name="graph"/> in <paramref name="format"/> as a string.</summary>
    public static string Serialize(KnowledgeGraph graph, string format)
    {
        using var bytes = new MemoryStream();
        Exporter(format).Write(graph, bytes);
        return OutputDirectory.Utf8.GetString(bytes.ToArray());
    }

    /// <summary>The statements the mapper emits, as a set (graph dropped for single-graph layouts).</summary>
    public static HashSet<Quad> Statements(KnowledgeGraph graph, RdfLayout layout)
    {
        var sink = new CollectingSink();
        new KnowledgeGraphMapper(new RdfIris(Settings.BaseIri)).Write(graph, sink, layout);
        return [.. sink.Quads];
    }

    public static RdfLayout LayoutOf(string format) => format is "nt" or "ttl" or "jsonld" ? RdfLayout.SingleGraph : RdfLayout.NamedGraphs;
}
