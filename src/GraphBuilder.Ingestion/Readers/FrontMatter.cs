namespace GraphBuilder.Ingestion.Readers;

/// <summary>Splits simple YAML front matter ("---" ... "---", one "key: value" per line) from a Markdown body.</summary>
internal static class FrontMatter
{
    public static (Dictionary<string, string> Meta, string Body) Split(string text)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var normalized = text.Replace("\r\n", "\n");
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal)) return (meta, normalized);
        var end = normalized.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0) return (meta, normalized);
        foreach (var line in normalized[4..end].Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            if (value.Length > 0) meta[line[..colon].Trim()] = value;
        }
        var bodyStart = normalized.IndexOf('\n', end + 4);
        return (meta, bodyStart < 0 ? "" : normalized[(bodyStart + 1)..]);
    }
}
