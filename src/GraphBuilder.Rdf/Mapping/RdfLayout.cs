namespace GraphBuilder.Rdf.Mapping;

/// <summary>How the mapper places statements in graphs.</summary>
public enum RdfLayout
{
    /// <summary>One graph (N-Triples, Turtle): every relation triple once, then provenance.</summary>
    SingleGraph,

    /// <summary>A dataset (N-Quads, TriG, JSON-LD): entities in one named graph, each article's assertions in its own.</summary>
    NamedGraphs,
}
