using System.Text.Json;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Evaluation.News;

/// <summary>
/// Reads news-dev gold files (<c>{"article", "entities": {key: {type, names, qid}}, "triples": [[s, p, o, snippet]],
/// "optional": [...]}</c>) from one JSON file or every <c>*.json</c> file of a directory (sorted by name).
/// </summary>
public static class NewsGoldLoader
{
    /// <summary>True when <paramref name="path"/> names a JSON gold file or a directory of them.</summary>
    public static bool IsNewsGold(string path) =>
        Directory.Exists(path) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<NewsGold> Load(string path, PredicateInventory predicates)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(predicates);
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) throw new FormatException($"{path}: the directory holds no *.json gold file");
            return [.. files.Select(f => LoadFile(f, predicates))];
        }
        if (!File.Exists(path)) throw new FileNotFoundException("no such file or directory", path);
        return [LoadFile(path, predicates)];
    }

    private static NewsGold LoadFile(string file, PredicateInventory predicates)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = json.RootElement;
            var article = root.GetProperty("article").GetString() is { Length: > 0 } a ? a : throw new FormatException("\"article\" is empty");
            var entities = new Dictionary<string, NewsGoldEntity>(StringComparer.Ordinal);
            foreach (var e in root.GetProperty("entities").EnumerateObject())
            {
                var names = e.Value.GetProperty("names").EnumerateArray().Select(n => n.GetString() ?? "").Where(n => n.Length > 0).ToList();
                var qid = e.Value.TryGetProperty("qid", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
                entities[e.Name] = new NewsGoldEntity(e.Name, e.Value.GetProperty("type").GetString() ?? "", names, qid);
            }
            var required = Triples(root, "triples", article, predicates);
            var optional = Triples(root, "optional", article, predicates);
            optional.ExceptWith(required);
            return new NewsGold(article, entities, required, optional);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{file}: not a news-dev gold file: {e.Message}", e);
        }
    }

    private static HashSet<Triple> Triples(JsonElement root, string property, string article, PredicateInventory predicates)
    {
        var set = new HashSet<Triple>();
        if (!root.TryGetProperty(property, out var list)) return set;
        foreach (var t in list.EnumerateArray())
        {
            var s = t[0].GetString() ?? "";
            var p = t[1].GetString() ?? "";
            var o = t[2].GetString() ?? "";
            var predicate = predicates.FirstOrDefault(x => string.Equals(x.LocalName, p, StringComparison.OrdinalIgnoreCase))
                            ?? throw new FormatException($"unknown predicate '{p}'");
            set.Add(Triple.Create(article, s, predicate, o));
        }
        return set;
    }
}
