namespace GraphBuilder.Rdf.Terms;

/// <summary>A triple. The types make a literal subject or a non-IRI predicate impossible.</summary>
public readonly record struct Triple(RdfResource Subject, Iri Predicate, RdfTerm Object)
{
    public Quad InGraph(Iri? graph) => new(Subject, Predicate, Object, graph);
}

/// <summary>A triple in a named graph, or in the default graph when <see cref="Graph"/> is null.</summary>
public readonly record struct Quad(RdfResource Subject, Iri Predicate, RdfTerm Object, Iri? Graph)
{
    public Triple Triple => new(Subject, Predicate, Object);
}
