using System.Globalization;
using System.Text;

namespace GraphBuilder.Neo4j.Export;

/// <summary>
/// Builds CSV lines as neo4j-admin reads them (RFC 4180): strings always double-quoted with
/// inner quotes doubled; null is an empty unquoted field; arrays are one field joined by
/// <see cref="BulkImportLayout.ArrayDelimiter"/>. Lines end with "\n".
/// </summary>
public sealed class CsvText
{
    private readonly StringBuilder _sb = new();
    private bool _lineStarted;

    public CsvText String(string? value)
    {
        Separator();
        if (value is null) return this;
        _sb.Append('"');
        foreach (var c in value)
        {
            if (c == '"') _sb.Append('"');
            _sb.Append(c);
        }
        _sb.Append('"');
        return this;
    }

    public CsvText Strings(IReadOnlyList<string> values) =>
        values.Count == 0 ? Raw("") : String(string.Join(BulkImportLayout.ArrayDelimiter, values.Select(ArrayElement)));

    public CsvText Number(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public CsvText Number(double value) => Raw(value.ToString("R", CultureInfo.InvariantCulture));

    public CsvText Date(DateOnly? value) => Raw(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");

    /// <summary>A header line: names unquoted (they contain no separators).</summary>
    public CsvText Header(IEnumerable<string> names)
    {
        foreach (var name in names) Raw(name);
        return EndLine();
    }

    public CsvText EndLine()
    {
        _sb.Append('\n');
        _lineStarted = false;
        return this;
    }

    /// <summary>Writes what was built to <paramref name="writer"/> and starts afresh.</summary>
    public void FlushTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_sb);
        _sb.Clear();
    }

    /// <summary>An array element with the delimiter replaced, so it cannot split into two elements.</summary>
    public static string ArrayElement(string value) =>
        value.Contains(BulkImportLayout.ArrayDelimiter) ? value.Replace(BulkImportLayout.ArrayDelimiter, '\uFFFD') : value;

    private CsvText Raw(string text)
    {
        Separator();
        _sb.Append(text);
        return this;
    }

    private void Separator()
    {
        if (_lineStarted) _sb.Append(',');
        _lineStarted = true;
    }
}
