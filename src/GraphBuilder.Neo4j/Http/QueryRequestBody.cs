using System.Collections.Immutable;
using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// The JSON body of a Query API request: <c>{"statement": ..., "parameters": {"rows": [...]}}</c>.
/// Values travel only as parameters; floats are written with a decimal point so Neo4j never reads them as integers.
/// </summary>
public static class QueryRequestBody
{
    /// <summary><c>{}</c>: the body of a POST that runs no statement (opening or committing a transaction).</summary>
    public static byte[] Empty => "{}"u8.ToArray();

    /// <summary>A statement with named parameters (the fields of <paramref name="parameters"/>).</summary>
    public static byte[] CreateWithParameters(string statement, CypherRow parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            json.WritePropertyName("parameters");
            WriteRow(json, parameters);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A statement with its batch as the <c>$rows</c> parameter (or no parameters when null).</summary>
    public static byte[] Create(string statement, IReadOnlyList<CypherRow>? rows = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(statement);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            if (rows is not null)
            {
                json.WriteStartObject("parameters");
                json.WriteStartArray("rows");
                foreach (var row in rows) WriteRow(json, row);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter json, CypherRow row)
    {
        json.WriteStartObject();
        foreach (var (key, value) in row.Fields)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteRawValue(CypherLiteral.Float(d)); break;
            case bool b: json.WriteBooleanValue(b); break;
            case ImmutableArray<string> list: WriteArray(json, list, (j, v) => j.WriteStringValue(v)); break;
            case ImmutableArray<double> list: WriteArray(json, list, (j, v) => j.WriteRawValue(CypherLiteral.Float(v))); break;
            case ImmutableArray<long> list: WriteArray(json, list, (j, v) => j.WriteNumberValue(v)); break;
            case ImmutableArray<CypherRow> rows: WriteArray(json, rows, WriteRow); break;
            default: throw new ArgumentException($"Unsupported value type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteArray<T>(Utf8JsonWriter json, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (var item in items) write(json, item);
        json.WriteEndArray();
    }
}
