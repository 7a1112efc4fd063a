using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Visualization.Json;

/// <summary>
/// Writes and reads <c>graph.json</c>. The output is safe to embed in an HTML &lt;script&gt; element:
/// <c>&lt; &gt; &amp; ' "</c> and U+2028/U+2029 are written as \u escapes, so article text can never
/// close the element; lone surrogates (not representable in UTF-8) become U+FFFD.
/// Same graph, same bytes.
/// </summary>
public static class GraphJsonSerializer
{
    /// <summary>Options shared by reading and writing: camelCase names, nulls omitted, HTML-safe escaping.</summary>
    internal static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
        RespectNullableAnnotations = false,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        Converters = { new WellFormedStringConverter() },
    };

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, GraphJsonMapper.ToDocument(graph), Options);
    }

    /// <summary>
    /// Writes a document as HTML-safe JSON to a text writer one item at a time (for embedding in a
    /// page), so no string ever holds more than one entity, relation, article or sentence.
    /// </summary>
    public static void Write(GraphJsonDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("{\"format\":");
        writer.Write(JsonSerializer.Serialize(document.Format, Options));
        writer.Write(",\"version\":");
        writer.Write(document.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WriteArray(writer, "entities", document.Entities);
        WriteArray(writer, "relations", document.Relations);
        WriteArray(writer, "articles", document.Articles);
        WriteArray(writer, "sentences", document.Sentences);
        writer.Write('}');
    }

    private static void WriteArray<T>(TextWriter writer, string name, IReadOnlyList<T> items)
    {
        writer.Write(",\"");
        writer.Write(name);
        writer.Write("\":[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(JsonSerializer.Serialize(items[i], Options));
        }
        writer.Write(']');
    }

    /// <summary>
    /// Reads a graph whose predicates are those of <paramref name="predicates"/>; throws
    /// <see cref="InvalidDataException"/> with a reason when the JSON is not a valid graph.
    /// </summary>
    public static KnowledgeGraph Read(Stream stream, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(predicates);
        GraphJsonDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<GraphJsonDocument>(stream, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            throw new InvalidDataException($"Not a GraphBuilder graph.json{where}: {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            throw new InvalidDataException($"Not a GraphBuilder graph.json: {e.Message}", e);
        }
        return GraphJsonMapper.ToGraph(document ?? throw new InvalidDataException("The file holds JSON null, not a graph."), predicates);
    }
}
