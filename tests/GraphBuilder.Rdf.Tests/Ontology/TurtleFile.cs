using GraphBuilder.Rdf.Parsing;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Ontology;

/// <summary>A Turtle file parsed by Jena (riot) and read back with our N-Quads parser, with simple graph lookups.</summary>
internal sealed class TurtleFile
{
    private static readonly Iri RdfFirst = Iri.Create("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
    private static readonly Iri RdfRest = Iri.Create("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
    private static readonly Iri RdfNil = Iri.Create("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil");

    private readonly List<Triple> _triples;

    private TurtleFile(List<Triple> triples) => _triples = triples;

    /// <summary>Parses <paramref name="path"/> with riot; fails the test when riot rejects it.</summary>
    public static TurtleFile Load(string path)
    {
        var result = Jena.ToNQuads(path);
        Assert.True(result.ExitCode == 0, $"riot {path}: {result.StdErr}");
        return new TurtleFile([.. NQuadsParser.Parse(new StringReader(result.StdOut)).Select(q => q.Triple)]);
    }

    public IEnumerable<RdfTerm> Objects(RdfResource subject, Iri predicate) =>
        _triples.Where(t => t.Subject == subject && t.Predicate == predicate).Select(t => t.Object);

    public IEnumerable<RdfResource> Subjects(Iri predicate, RdfTerm @object) =>
        _triples.Where(t => t.Predicate == predicate && t.Object == @object).Select(t => t.Subject);

    public IEnumerable<Triple> WithPredicate(Iri predicate) => _triples.Where(t => t.Predicate == predicate);

    /// <summary>The members of the RDF list starting at <paramref name="head"/>.</summary>
    public IEnumerable<RdfTerm> List(RdfTerm head)
    {
        while (head is RdfResource node && node != RdfNil)
        {
            yield return Objects(node, RdfFirst).Single();
            head = Objects(node, RdfRest).Single();
        }
    }
}
