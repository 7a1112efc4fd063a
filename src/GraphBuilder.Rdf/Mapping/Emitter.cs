using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>Sends triples to a sink, into one fixed graph (or the default graph when null).</summary>
internal readonly struct Emitter(IRdfSink sink, Iri? graph)
{
    public void Emit(in Triple triple) => sink.Quad(triple.InGraph(graph));

    public void Emit(RdfResource subject, Iri predicate, RdfTerm @object) => Emit(new Triple(subject, predicate, @object));
}
