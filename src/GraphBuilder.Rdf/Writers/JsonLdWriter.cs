using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>
/// JSON-LD with an embedded <c>@context</c> (the declared prefixes; no remote context) and a
/// top-level <c>@graph</c>. Named graphs become <c>{"@id": g, "@graph": [...]}</c>. Only the
/// current subject's properties are buffered, so a repeated predicate never repeats a JSON key.
/// Prefixes must be declared before the first triple.
/// </summary>
public sealed class JsonLdWriter(TextWriter writer) : IRdfSink
{
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly PrefixMap _prefixes = new();
    private readonly List<(Iri Predicate, List<RdfTerm> Values)> _properties = [];
    private RdfResource? _subject;
    private Iri? _graph;
    private bool _headerWritten;
    private bool _firstTop = true;
    private bool _firstInGraph = true;

    public void Start() { }

    public void Prefix(string prefix, Iri namespaceIri)
    {
        if (_headerWritten) throw new InvalidOperationException("JSON-LD prefixes must be declared before the first triple.");
        _prefixes.Add(prefix, namespaceIri);
    }

    public void Triple(in Triple triple) => Quad(triple.InGraph(null));

    public void Quad(in Quad quad)
    {
        WriteHeader();
        if (quad.Graph != _graph)
        {
            FlushNode();
            CloseGraph();
            if (quad.Graph is not null) OpenGraph(quad.Graph);
        }
        if (quad.Subject != _subject)
        {
            FlushNode();
            _subject = quad.Subject;
        }
        var predicate = quad.Predicate;
        var index = _properties.FindLastIndex(p => p.Predicate == predicate);
        if (index < 0) _properties.Add((quad.Predicate, [quad.Object]));
        else _properties[index].Values.Add(quad.Object);
    }

    public void Finish()
    {
        WriteHeader();
        FlushNode();
        CloseGraph();
        _writer.Write("\n  ]\n}\n");
        _writer.Flush();
    }

    private void WriteHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        _writer.Write("{\n  \"@context\": {");
        for (var i = 0; i < _prefixes.Entries.Count; i++)
        {
            var (prefix, ns) = _prefixes.Entries[i];
            _writer.Write(i == 0 ? "\n    " : ",\n    ");
            RdfEscape.WriteJson(_writer, prefix);
            _writer.Write(": ");
            RdfEscape.WriteJson(_writer, ns);
        }
        _writer.Write("\n  },\n  \"@graph\": [");
    }

    private void OpenGraph(Iri graph)
    {
        _writer.Write(_firstTop ? "\n    {\n      \"@id\": " : ",\n    {\n      \"@id\": ");
        _firstTop = false;
        RdfEscape.WriteJson(_writer, Compact(graph));
        _writer.Write(",\n      \"@graph\": [");
        _graph = graph;
        _firstInGraph = true;
    }

    private void CloseGraph()
    {
        if (_graph is null) return;
        _writer.Write("\n      ]\n    }");
        _graph = null;
    }

    private void FlushNode()
    {
        if (_subject is null) return;
        var indent = _graph is null ? "    " : "        ";
        if (_graph is null) { _writer.Write(_firstTop ? "\n" : ",\n"); _firstTop = false; }
        else { _writer.Write(_firstInGraph ? "\n" : ",\n"); _firstInGraph = false; }
        _writer.Write(indent);
        _writer.Write("{\n");
        _writer.Write(indent);
        _writer.Write("  \"@id\": ");
        RdfEscape.WriteJson(_writer, Id(_subject));
        foreach (var (predicate, values) in _properties)
        {
            var isType = predicate == Vocabulary.RdfType && values.All(v => v is Iri);
            _writer.Write(",\n");
            _writer.Write(indent);
            _writer.Write("  ");
            RdfEscape.WriteJson(_writer, isType ? "@type" : Compact(predicate));
            _writer.Write(": [");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) _writer.Write(", ");
                if (isType) RdfEscape.WriteJson(_writer, Compact((Iri)values[i]));
                else WriteValue(values[i]);
            }
            _writer.Write(']');
        }
        _writer.Write('\n');
        _writer.Write(indent);
        _writer.Write('}');
        _properties.Clear();
        _subject = null;
    }

    private void WriteValue(RdfTerm value)
    {
        if (value is RdfResource resource)
        {
            _writer.Write("{\"@id\": ");
            RdfEscape.WriteJson(_writer, Id(resource));
            _writer.Write('}');
            return;
        }
        var literal = (Literal)value;
        _writer.Write("{\"@value\": ");
        RdfEscape.WriteJson(_writer, literal.Lexical);
        if (literal.Language is not null)
        {
            _writer.Write(", \"@language\": ");
            RdfEscape.WriteJson(_writer, literal.Language);
        }
        else if (literal.Datatype != Vocabulary.XsdString)
        {
            _writer.Write(", \"@type\": ");
            RdfEscape.WriteJson(_writer, Compact(literal.Datatype));
        }
        _writer.Write('}');
    }

    private string Id(RdfResource resource) => resource is Iri iri ? Compact(iri) : "_:" + ((BlankNode)resource).Label;

    private string Compact(Iri iri) => _prefixes.TryCompact(iri, out var prefix, out var local) ? prefix + ":" + local : iri.Value;
}
