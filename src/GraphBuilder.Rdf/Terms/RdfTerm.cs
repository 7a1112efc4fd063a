namespace GraphBuilder.Rdf.Terms;

/// <summary>
/// An RDF 1.1 term: an <see cref="Iri"/>, a <see cref="BlankNode"/> or a <see cref="Literal"/>.
/// Every term is valid by construction; writers never need to check again.
/// </summary>
public abstract record RdfTerm;

/// <summary>A term that may be the subject of a triple (an IRI or a blank node, never a literal).</summary>
public abstract record RdfResource : RdfTerm;
