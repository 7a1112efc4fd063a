using GraphBuilder.Core.Output;
using GraphBuilder.Rdf.Mapping;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Export;

/// <summary>
/// The RDF serializations of the graph, each a <see cref="SingleFileExporter"/>: nt, ttl, nq, trig and jsonld.
/// Each streams the mapper straight into its writer, which writes through the atomic output directory.
/// </summary>
public static class RdfExporter
{
    public static SingleFileExporter NTriples(ExportSettings settings) => Create("nt", "graph.nt", RdfLayout.SingleGraph, w => new NTriplesWriter(w), settings);

    public static SingleFileExporter Turtle(ExportSettings settings) => Create("ttl", "graph.ttl", RdfLayout.SingleGraph, w => new TurtleWriter(w), settings);

    public static SingleFileExporter NQuads(ExportSettings settings) => Create("nq", "graph.nq", RdfLayout.NamedGraphs, w => new NQuadsWriter(w), settings);

    public static SingleFileExporter TriG(ExportSettings settings) => Create("trig", "graph.trig", RdfLayout.NamedGraphs, w => new TriGWriter(w), settings);

    public static SingleFileExporter JsonLd(ExportSettings settings) => Create("jsonld", "graph.jsonld", RdfLayout.SingleGraph, w => new JsonLdWriter(w), settings);

    /// <summary>All five RDF exporters, in a fixed order.</summary>
    public static IReadOnlyList<SingleFileExporter> All(ExportSettings settings) =>
        [NTriples(settings), Turtle(settings), NQuads(settings), TriG(settings), JsonLd(settings)];

    private static SingleFileExporter Create(string format, string fileName, RdfLayout layout, Func<TextWriter, IRdfSink> createWriter, ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var mapper = new KnowledgeGraphMapper(new RdfIris(settings.BaseIri));
        return SingleFileExporter.Text(format, fileName, (graph, writer, ct) => mapper.Write(graph, createWriter(writer), layout, ct));
    }
}
