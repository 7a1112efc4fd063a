using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>N-Triples: one triple per line; a quad's graph is dropped.</summary>
public sealed class NTriplesWriter(TextWriter writer) : IRdfSink
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));

    public void Start() { }

    public void Prefix(string prefix, Iri namespaceIri) { }

    public void Triple(in Triple triple)
    {
        TermFormatter.WriteNTriples(_writer, triple.Subject);
        _writer.Write(' ');
        TermFormatter.WriteNTriples(_writer, triple.Predicate);
        _writer.Write(' ');
        TermFormatter.WriteNTriples(_writer, triple.Object);
        _writer.Write(" .\n");
    }

    public void Quad(in Quad quad) => Triple(quad.Triple);

    public void Finish() => _writer.Flush();
}
