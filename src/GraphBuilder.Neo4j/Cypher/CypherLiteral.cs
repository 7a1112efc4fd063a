using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GraphBuilder.Core.Text;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// Writes values as Cypher literals for graph.cypher. Strings are single-quoted with every
/// character that could end or alter the literal escaped; no value is ever written unquoted.
/// </summary>
public static class CypherLiteral
{
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value);
        return sb.ToString();
    }

    public static void AppendString(StringBuilder sb, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = WellFormedText.Clean(value); // a lone surrogate cannot be written as UTF-8
        sb.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('\'');
    }

    /// <summary>A double that always reads back as a Cypher FLOAT (never an INTEGER).</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Cypher has no literal for this value.");
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static void AppendValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: AppendString(sb, s); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(Float(d)); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case ImmutableArray<string> list: AppendList(sb, list, (x, v) => AppendString(x, v)); break;
            case ImmutableArray<double> list: AppendList(sb, list, (x, v) => x.Append(Float(v))); break;
            case ImmutableArray<long> list: AppendList(sb, list, (x, v) => x.Append(v.ToString(CultureInfo.InvariantCulture))); break;
            case ImmutableArray<CypherRow> rows: AppendList(sb, rows, AppendRow); break;
            default: throw new ArgumentException($"Unsupported value type {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A row as a map literal: <c>{id: 'x', aliases: ['a', 'b']}</c>.</summary>
    public static void AppendRow(StringBuilder sb, CypherRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in row.Fields)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(key).Append(": ");
            AppendValue(sb, value);
        }
        sb.Append('}');
    }

    private static void AppendList<T>(StringBuilder sb, ImmutableArray<T> list, Action<StringBuilder, T> append)
    {
        sb.Append('[');
        for (var i = 0; i < list.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            append(sb, list[i]);
        }
        sb.Append(']');
    }

    // Control, line/paragraph separator and invisible format characters are written as \uXXXX
    // (lossless), so the script shows them and no editor or shell can reinterpret them.
    private static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
}
