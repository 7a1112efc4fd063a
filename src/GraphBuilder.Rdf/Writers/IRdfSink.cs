using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>
/// A stream of RDF, like Jena's StreamRDF: <see cref="Start"/>, any number of prefixes, triples
/// and quads, then <see cref="Finish"/>. Every writer is a sink; wrappers can count or filter.
/// Triple-only sinks (N-Triples, Turtle) write a quad's triple and ignore its graph.
/// </summary>
public interface IRdfSink
{
    void Start();

    /// <summary>Declares a prefix; syntaxes without prefixes ignore it.</summary>
    void Prefix(string prefix, Iri namespaceIri);

    void Triple(in Triple triple);

    void Quad(in Quad quad);

    /// <summary>Ends the stream and flushes; the sink must not be used afterwards.</summary>
    void Finish();
}
