namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Reduces a declared language tag to its primary language subtag, lower-case ("en-US", "en_GB",
/// "EN" -> "en"; "id-ID" -> "id"); whether the language is supported is decided by the pipeline,
/// which has the lexicons. Returns null for an empty or malformed tag.
/// </summary>
public static class LanguageTag
{
    public static string? BaseLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var primary = tag.Trim().Split('-', '_')[0];
        if (primary.Length is < 2 or > 8 || !primary.All(char.IsAsciiLetter)) return null;
        return primary.ToLowerInvariant();
    }
}
