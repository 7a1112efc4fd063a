using System.Globalization;
using System.Text;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Parsing;

/// <summary>
/// A strict, streaming N-Quads (and therefore N-Triples) reader: one statement per line, IRIs
/// validated, string escapes decoded. Used to read our own exports back (publish, round-trip tests).
/// </summary>
public static class NQuadsParser
{
    /// <summary>Reads every quad; throws <see cref="FormatException"/> naming the line on a syntax error.</summary>
    public static IEnumerable<Quad> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var quad = ParseLine(line, lineNumber);
            if (quad is not null) yield return quad.Value;
        }
    }

    /// <summary>Parses one line; null for a blank or comment line.</summary>
    public static Quad? ParseLine(string line, int lineNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(line);
        var pos = 0;
        SkipSpace(line, ref pos);
        if (pos >= line.Length || line[pos] == '#') return null;
        try
        {
            var subject = ReadTerm(line, ref pos) as RdfResource ?? throw new FormatException("the subject must be an IRI or blank node");
            var predicate = ReadTerm(line, ref pos) as Iri ?? throw new FormatException("the predicate must be an IRI");
            var obj = ReadTerm(line, ref pos);
            Iri? graph = null;
            if (pos < line.Length && line[pos] != '.')
                graph = ReadTerm(line, ref pos) as Iri ?? throw new FormatException("the graph must be an IRI");
            if (pos >= line.Length || line[pos] != '.') throw new FormatException("expected '.' at the end of the statement");
            pos++;
            SkipSpace(line, ref pos);
            if (pos < line.Length && line[pos] != '#') throw new FormatException("unexpected text after '.'");
            return new Quad(subject, predicate, obj, graph);
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new FormatException($"N-Quads line {lineNumber}: {ex.Message}", ex);
        }
    }

    private static RdfTerm ReadTerm(string line, ref int pos)
    {
        if (pos >= line.Length) throw new FormatException("unexpected end of line");
        RdfTerm term;
        switch (line[pos])
        {
            case '<':
                term = Iri.Create(ReadUntil(line, ref pos, '>'));
                break;
            case '_':
                if (pos + 1 >= line.Length || line[pos + 1] != ':') throw new FormatException("bad blank node");
                var start = pos += 2;
                while (pos < line.Length && !char.IsWhiteSpace(line[pos]) && line[pos] != '.') pos++;
                term = BlankNode.Create(line[start..pos]);
                break;
            case '"':
                var lexical = ReadUntil(line, ref pos, '"');
                if (pos < line.Length && line[pos] == '@')
                {
                    var tagStart = ++pos;
                    while (pos < line.Length && (char.IsAsciiLetterOrDigit(line[pos]) || line[pos] == '-')) pos++;
                    term = Literal.LanguageTagged(lexical, line[tagStart..pos]);
                }
                else if (pos + 1 < line.Length && line[pos] == '^' && line[pos + 1] == '^')
                {
                    pos += 2;
                    var datatype = Iri.Create(ReadUntil(line, ref pos, '>'));
                    term = datatype == Vocabulary.XsdString ? Literal.String(lexical) : Literal.Typed(lexical, datatype);
                }
                else term = Literal.String(lexical);
                break;
            default:
                throw new FormatException($"unexpected character '{line[pos]}' at column {pos + 1}");
        }
        SkipSpace(line, ref pos);
        return term;
    }

    /// <summary>Reads from the opening delimiter at <paramref name="pos"/> to <paramref name="close"/>, decoding escapes.</summary>
    private static string ReadUntil(string line, ref int pos, char close)
    {
        pos++;
        var sb = new StringBuilder();
        while (true)
        {
            var c = line[pos++];
            if (c == close) return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            var e = line[pos++];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'f': sb.Append('\f'); break;
                case '"': sb.Append('"'); break;
                case '\'': sb.Append('\''); break;
                case '\\': sb.Append('\\'); break;
                case 'u': sb.Append(Hex(line, ref pos, 4)); break;
                case 'U': sb.Append(Hex(line, ref pos, 8)); break;
                default: throw new FormatException($"bad escape '\\{e}'");
            }
        }
    }

    private static string Hex(string line, ref int pos, int digits)
    {
        var code = int.Parse(line.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        pos += digits;
        return code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
    }

    private static void SkipSpace(string line, ref int pos)
    {
        while (pos < line.Length && line[pos] is ' ' or '\t') pos++;
    }
}
