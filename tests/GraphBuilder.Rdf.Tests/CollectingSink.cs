using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Tests;

/// <summary>A sink that records everything it receives, for assertions.</summary>
public sealed class CollectingSink : IRdfSink
{
    public List<Quad> Quads { get; } = [];
    public List<(string Prefix, Iri Namespace)> Prefixes { get; } = [];
    public bool Started { get; private set; }
    public bool Finished { get; private set; }

    public void Start() => Started = true;
    public void Prefix(string prefix, Iri namespaceIri) => Prefixes.Add((prefix, namespaceIri));
    public void Triple(in Triple triple) => Quads.Add(triple.InGraph(null));
    public void Quad(in Quad quad) => Quads.Add(quad);
    public void Finish() => Finished = true;
}
