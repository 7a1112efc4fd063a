using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Sparql.Store;

/// <summary>One graph sent to the store: its name (null for the default graph) and how many triples it holds.</summary>
public sealed record PublishedGraph(Iri? Graph, int Triples);
