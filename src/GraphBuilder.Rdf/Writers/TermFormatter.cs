using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>Writes one term in N-Triples form, or in Turtle form with prefixed names where safe.</summary>
public static class TermFormatter
{
    public static void WriteNTriples(TextWriter writer, RdfTerm term) => Write(writer, term, prefixes: null);

    /// <summary>Writes <paramref name="term"/>; when <paramref name="prefixes"/> is given, IRIs and datatypes use prefixed names where safe.</summary>
    public static void Write(TextWriter writer, RdfTerm term, PrefixMap? prefixes)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(writer, iri, prefixes);
                break;
            case BlankNode blank:
                writer.Write("_:");
                writer.Write(blank.Label);
                break;
            case Literal literal when prefixes is not null && IsBareNumber(literal):
                writer.Write(literal.Lexical); // Turtle shorthand: 12 is xsd:integer, 0.9 is xsd:decimal
                break;
            case Literal literal:
                RdfEscape.WriteQuoted(writer, literal.Lexical);
                if (literal.Language is not null)
                {
                    writer.Write('@');
                    writer.Write(literal.Language);
                }
                else if (literal.Datatype != Vocabulary.XsdString)
                {
                    writer.Write("^^");
                    WriteIri(writer, literal.Datatype, prefixes);
                }
                break;
            default:
                throw new ArgumentException("Unknown term kind " + term.GetType().Name, nameof(term));
        }
    }

    private static bool IsBareNumber(Literal literal)
    {
        var text = literal.Lexical.AsSpan();
        if (text.Length > 0 && text[0] is '+' or '-') text = text[1..];
        if (literal.Datatype == Vocabulary.XsdInteger) return text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');
        if (literal.Datatype != Vocabulary.XsdDecimal) return false;
        var dot = text.IndexOf('.');
        return dot >= 0 && dot < text.Length - 1 && !text[..dot].ContainsAnyExceptInRange('0', '9') && !text[(dot + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    private static void WriteIri(TextWriter writer, Iri iri, PrefixMap? prefixes)
    {
        if (prefixes is not null && prefixes.TryCompact(iri, out var prefix, out var local))
        {
            writer.Write(prefix);
            writer.Write(':');
            writer.Write(local);
            return;
        }
        writer.Write('<');
        writer.Write(iri.Value);
        writer.Write('>');
    }
}
