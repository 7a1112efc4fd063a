namespace GraphBuilder.Rdf.Mapping;

/// <summary>How the mapper places statements in graphs.</summary>
public enum RdfLayout
{
    /// <summary>
    /// One graph (N-Triples, Turtle, JSON-LD): the knowledge only, every entity and every relation
    /// triple once. The evidence is in the dataset files, graph.json and Neo4j.
    /// </summary>
    SingleGraph,

    /// <summary>
    /// A dataset (N-Quads, TriG): entities in one named graph, each article's metadata, sentences,
    /// relations and evidence (one rdf:Statement each) in its own.
    /// </summary>
    NamedGraphs,
}
