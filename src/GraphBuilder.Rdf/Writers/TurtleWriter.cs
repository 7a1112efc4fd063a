using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>
/// Turtle (and, with named graphs, TriG): prefixes declared up front, consecutive triples of one
/// subject grouped with ';' and of one predicate with ','. Streaming: only the current subject,
/// predicate and graph are remembered.
/// </summary>
public class TurtleWriter : IRdfSink
{
    private readonly TextWriter _writer;
    private readonly bool _namedGraphs;
    private readonly PrefixMap _prefixes = new();
    private RdfResource? _subject;
    private Iri? _predicate;
    private Iri? _graph;
    private bool _inGraph;
    private bool _any;

    public TurtleWriter(TextWriter writer) : this(writer, namedGraphs: false) { }

    protected TurtleWriter(TextWriter writer, bool namedGraphs)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _namedGraphs = namedGraphs;
    }

    public void Start() { }

    public void Prefix(string prefix, Iri namespaceIri)
    {
        CloseSubject();
        CloseGraph();
        _prefixes.Add(prefix, namespaceIri);
        _writer.Write("@prefix ");
        _writer.Write(prefix);
        _writer.Write(": <");
        _writer.Write(namespaceIri.Value);
        _writer.Write("> .\n");
    }

    public void Triple(in Triple triple) => Write(triple, graph: null);

    public void Quad(in Quad quad) => Write(quad.Triple, _namedGraphs ? quad.Graph : null);

    private void Write(in Triple triple, Iri? graph)
    {
        if (graph != _graph || (graph is not null && !_inGraph))
        {
            CloseSubject();
            CloseGraph();
            if (graph is not null)
            {
                _writer.Write('\n');
                TermFormatter.Write(_writer, graph, _prefixes);
                _writer.Write(" {\n");
                _inGraph = true;
            }
            _graph = graph;
        }
        var indent = _inGraph ? "    " : "";
        if (triple.Subject != _subject)
        {
            CloseSubject();
            if (!_inGraph || _any) _writer.Write('\n');
            _writer.Write(indent);
            TermFormatter.Write(_writer, triple.Subject, _prefixes);
            _writer.Write(' ');
            WritePredicate(triple.Predicate);
            _subject = triple.Subject;
        }
        else if (triple.Predicate != _predicate)
        {
            _writer.Write(" ;\n");
            _writer.Write(indent);
            _writer.Write("    ");
            WritePredicate(triple.Predicate);
        }
        else
        {
            _writer.Write(',');
        }
        _writer.Write(' ');
        TermFormatter.Write(_writer, triple.Object, _prefixes);
        _predicate = triple.Predicate;
        _any = true;
    }

    private void WritePredicate(Iri predicate)
    {
        if (predicate == Vocabulary.RdfType) _writer.Write('a');
        else TermFormatter.Write(_writer, predicate, _prefixes);
    }

    private void CloseSubject()
    {
        if (_subject is null) return;
        _writer.Write(" .\n");
        _subject = null;
        _predicate = null;
    }

    private void CloseGraph()
    {
        if (!_inGraph) return;
        _writer.Write("}\n");
        _inGraph = false;
        _any = false;
        _graph = null;
    }

    public void Finish()
    {
        CloseSubject();
        CloseGraph();
        _writer.Flush();
    }
}
