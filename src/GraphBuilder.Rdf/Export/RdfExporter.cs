using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Rdf.Mapping;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Export;

/// <summary>
/// One RDF serialization of the graph as an <see cref="IGraphExporter"/>: nt, ttl, nq, trig or jsonld.
/// Streams the mapper straight into the writer, which writes through the atomic output directory.
/// </summary>
public sealed class RdfExporter : IGraphExporter
{
    private readonly Func<TextWriter, IRdfSink> _createWriter;
    private readonly RdfLayout _layout;
    private readonly KnowledgeGraphMapper _mapper;

    private RdfExporter(string format, string fileName, RdfLayout layout, Func<TextWriter, IRdfSink> createWriter, ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Format = format;
        FileNames = [fileName];
        _layout = layout;
        _createWriter = createWriter;
        _mapper = new KnowledgeGraphMapper(new RdfIris(settings.BaseIri));
    }

    public string Format { get; }

    public IReadOnlyList<string> FileNames { get; }

    public static RdfExporter NTriples(ExportSettings settings) => new("nt", "graph.nt", RdfLayout.SingleGraph, w => new NTriplesWriter(w), settings);

    public static RdfExporter Turtle(ExportSettings settings) => new("ttl", "graph.ttl", RdfLayout.SingleGraph, w => new TurtleWriter(w), settings);

    public static RdfExporter NQuads(ExportSettings settings) => new("nq", "graph.nq", RdfLayout.NamedGraphs, w => new NQuadsWriter(w), settings);

    public static RdfExporter TriG(ExportSettings settings) => new("trig", "graph.trig", RdfLayout.NamedGraphs, w => new TriGWriter(w), settings);

    public static RdfExporter JsonLd(ExportSettings settings) => new("jsonld", "graph.jsonld", RdfLayout.NamedGraphs, w => new JsonLdWriter(w), settings);

    /// <summary>All five RDF exporters, in a fixed order.</summary>
    public static IReadOnlyList<RdfExporter> All(ExportSettings settings) =>
        [NTriples(settings), Turtle(settings), NQuads(settings), TriG(settings), JsonLd(settings)];

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteText(FileNames[0], writer => _mapper.Write(graph, _createWriter(writer), _layout, cancellationToken));
    }

    /// <summary>Writes the serialization to any text writer (tests, benchmarks, stdout).</summary>
    public void Write(KnowledgeGraph graph, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _mapper.Write(graph, _createWriter(writer), _layout, cancellationToken);
    }
}
