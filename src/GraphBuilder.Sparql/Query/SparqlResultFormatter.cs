using System.Text;
using System.Text.Json;

namespace GraphBuilder.Sparql.Query;

/// <summary>Prints a result set as an aligned text table, SPARQL 1.1 CSV, or SPARQL 1.1 JSON results.</summary>
public static class SparqlResultFormatter
{
    public static void Write(SparqlResultSet result, string format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        if (result.Text is not null)
        {
            writer.Write(result.Text);
            if (!result.Text.EndsWith('\n')) writer.Write('\n');
            return;
        }
        switch (format)
        {
            case "csv": WriteCsv(result, writer); break;
            case "json": WriteJson(result, writer); break;
            case "table": WriteTable(result, writer); break;
            default: throw new ArgumentException($"Unknown result format '{format}' (use table, csv or json).", nameof(format));
        }
    }

    private static void WriteCsv(SparqlResultSet result, TextWriter writer)
    {
        if (result.Boolean is { } b) { writer.Write(b ? "true\n" : "false\n"); return; }
        writer.Write(string.Join(",", result.Variables.Select(Csv)) + "\r\n");
        foreach (var row in result.Rows)
            writer.Write(string.Join(",", result.Variables.Select(v => Csv(row.TryGetValue(v, out var x) ? x.Value : ""))) + "\r\n");
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteTable(SparqlResultSet result, TextWriter writer)
    {
        if (result.Boolean is { } b) { writer.Write(b ? "true\n" : "false\n"); return; }
        var cells = result.Rows.Select(r => result.Variables.Select(v => r.TryGetValue(v, out var x) ? Cell(x) : "").ToArray()).ToList();
        var widths = result.Variables.Select((v, i) => Math.Max(v.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        string Line(IEnumerable<string> values) => "| " + string.Join(" | ", values.Select((s, i) => s.PadRight(widths[i]))) + " |\n";
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+\n";
        writer.Write(rule);
        writer.Write(Line(result.Variables));
        writer.Write(rule);
        foreach (var row in cells) writer.Write(Line(row));
        writer.Write(rule);
        writer.Write($"{cells.Count} row{(cells.Count == 1 ? "" : "s")}\n");
    }

    /// <summary>A table cell: IRIs in angle brackets, literals as text with control characters escaped.</summary>
    private static string Cell(SparqlValue value)
    {
        var text = value.Type switch
        {
            "uri" => "<" + value.Value + ">",
            "bnode" => "_:" + value.Value,
            _ => value.Value,
        };
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when c < ' ' => $"\\u{(int)c:X4}", _ => c.ToString() });
        return sb.ToString();
    }

    private static void WriteJson(SparqlResultSet result, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("head");
            json.WriteStartArray("vars");
            foreach (var v in result.Variables) json.WriteStringValue(v);
            json.WriteEndArray();
            json.WriteEndObject();
            if (result.Boolean is { } b) json.WriteBoolean("boolean", b);
            else
            {
                json.WriteStartObject("results");
                json.WriteStartArray("bindings");
                foreach (var row in result.Rows)
                {
                    json.WriteStartObject();
                    foreach (var v in result.Variables.Where(row.ContainsKey))
                    {
                        var x = row[v];
                        json.WriteStartObject(v);
                        json.WriteString("type", x.Type);
                        json.WriteString("value", x.Value);
                        if (x.Language is not null) json.WriteString("xml:lang", x.Language);
                        if (x.Datatype is not null) json.WriteString("datatype", x.Datatype);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }
}
