using System.Text;
using GraphBuilder.Core.Text;

namespace GraphBuilder.Rdf.Escaping;

/// <summary>
/// The one place that escapes characters for RDF syntaxes: N-Triples/N-Quads/Turtle/TriG
/// quoted strings, JSON strings (JSON-LD), and user text made into IRI characters.
/// Lone surrogates never reach the output: they become U+FFFD.
/// </summary>
public static class RdfEscape
{
    private const char Replacement = WellFormedText.Replacement;

    /// <summary>
    /// Writes <paramref name="value"/> as a double-quoted N-Triples/Turtle string, quotes included.
    /// U+FFFD (and a lone surrogate, which becomes U+FFFD) is written as the escape \uFFFD, as Jena does:
    /// Jena warns about a raw replacement character.
    /// </summary>
    public static void WriteQuoted(TextWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.Write('"');
        WriteEscaped(writer, value, json: false);
        writer.Write('"');
    }

    /// <summary>Writes <paramref name="value"/> as a JSON string, quotes included.</summary>
    public static void WriteJson(TextWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.Write('"');
        WriteEscaped(writer, value, json: true);
        writer.Write('"');
    }

    /// <summary>The N-Triples/Turtle escaped form of <paramref name="value"/> without quotes.</summary>
    public static string Quoted(string value)
    {
        using var sw = new StringWriter();
        WriteQuoted(sw, value);
        return sw.ToString();
    }

    private static void WriteEscaped(TextWriter writer, string value, bool json)
    {
        var span = WellFormedText.Clean(value).AsSpan();
        var run = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => null,
            };
            if (escape is null && (c < ' ' || c == '\u007F' || (json && c is '\u2028' or '\u2029') || (!json && c == Replacement)))
                escape = "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            if (escape is null) continue;
            writer.Write(span[run..i]);
            writer.Write(escape);
            run = i + 1;
        }
        writer.Write(span[run..]);
    }

    /// <summary>
    /// Makes user text (a URL from metadata, an id) usable inside an IRI: characters that may not
    /// appear in an IRI (space, controls, <c>&lt;&gt;"{}|^`\</c>, lone surrogates) and '%' not starting
    /// an escape are percent-encoded as UTF-8; everything else is kept.
    /// </summary>
    public static string ToIriCharacters(string value, bool encodeSlash = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = WellFormedText.Clean(value);
        var sb = new StringBuilder(value.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var isEscape = c == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]);
            var bad = c <= ' ' || c is '\u007F' or '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' or (>= '\u0080' and <= '\u009F')
                || c == Replacement || (c == '%' && !isEscape) || (encodeSlash && c is '/' or '?' or '#');
            if (char.IsHighSurrogate(c) && i + 1 < value.Length)
            {
                sb.Append(c).Append(value[++i]);
                continue;
            }
            if (!bad)
            {
                sb.Append(c);
                continue;
            }
            var n = Encoding.UTF8.GetBytes([c], utf8);
            for (var b = 0; b < n; b++) sb.Append('%').Append(utf8[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// True when <paramref name="local"/> can follow "prefix:" in Turtle/TriG and JSON-LD compact IRIs
    /// unescaped. Deliberately conservative: ASCII letters, digits, '_' and '-', starting with a letter, digit or '_'.
    /// </summary>
    public static bool IsSimpleLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty) return false;
        if (!(char.IsAsciiLetterOrDigit(local[0]) || local[0] == '_')) return false;
        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        }
        return true;
    }
}
