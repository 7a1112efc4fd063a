using System.Collections.Immutable;
using System.Text.Json;

namespace GraphBuilder.Sparql.Query;

/// <summary>
/// Reads the SPARQL 1.1 Query Results JSON format (application/sparql-results+json). JSON of another
/// shape throws <see cref="FormatException"/> (or <see cref="JsonException"/>/<see cref="InvalidOperationException"/>
/// from System.Text.Json), never a null value further on.
/// </summary>
public static class SparqlResultsJson
{
    public static SparqlResultSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException($"expected a JSON object, found {root.ValueKind}");
        if (root.TryGetProperty("boolean", out var boolean)) return new SparqlResultSet { Boolean = boolean.GetBoolean() };
        var variables = root.GetProperty("head").TryGetProperty("vars", out var vars)
            ? vars.EnumerateArray().Select(v => Text(v, "head.vars[]")).ToImmutableArray()
            : [];
        var rows = ImmutableArray.CreateBuilder<ImmutableDictionary<string, SparqlValue>>();
        foreach (var binding in root.GetProperty("results").GetProperty("bindings").EnumerateArray())
        {
            var row = ImmutableDictionary.CreateBuilder<string, SparqlValue>(StringComparer.Ordinal);
            foreach (var property in binding.EnumerateObject())
            {
                var term = property.Value;
                var type = Text(term.GetProperty("type"), "type");
                if (type == "typed-literal") type = "literal"; // SPARQL 1.0 servers (Virtuoso) still say this
                row[property.Name] = new SparqlValue(type, Text(term.GetProperty("value"), "value"))
                {
                    Datatype = term.TryGetProperty("datatype", out var dt) ? dt.GetString() : null,
                    Language = term.TryGetProperty("xml:lang", out var lang) ? lang.GetString() : null,
                };
            }
            rows.Add(row.ToImmutable());
        }
        return new SparqlResultSet { Variables = variables, Rows = rows.ToImmutable() };
    }

    private static string Text(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new FormatException($"\"{what}\" must be a string, found {element.ValueKind}");
}
