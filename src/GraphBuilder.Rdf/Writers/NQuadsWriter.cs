using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>N-Quads: one quad per line; triples go to the default graph.</summary>
public sealed class NQuadsWriter(TextWriter writer) : IRdfSink
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));

    public void Start() { }

    public void Prefix(string prefix, Iri namespaceIri) { }

    public void Triple(in Triple triple) => Quad(triple.InGraph(null));

    public void Quad(in Quad quad)
    {
        TermFormatter.WriteNTriples(_writer, quad.Subject);
        _writer.Write(' ');
        TermFormatter.WriteNTriples(_writer, quad.Predicate);
        _writer.Write(' ');
        TermFormatter.WriteNTriples(_writer, quad.Object);
        if (quad.Graph is not null)
        {
            _writer.Write(' ');
            TermFormatter.WriteNTriples(_writer, quad.Graph);
        }
        _writer.Write(" .\n");
    }

    public void Finish() => _writer.Flush();
}
