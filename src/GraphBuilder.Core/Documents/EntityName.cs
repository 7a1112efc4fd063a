namespace GraphBuilder.Core.Documents;

/// <summary>
/// One name of an entity with its language tag ("id", "en"), or null when the language is unknown.
/// Names found in an article carry the article's language; curated names carry the gazetteer column's.
/// </summary>
public readonly record struct EntityName(string Text, string? Language)
{
    /// <summary>Ordinal order by language (unknown first), then text: the order every export uses.</summary>
    public static int Compare(EntityName a, EntityName b)
    {
        var byLanguage = string.CompareOrdinal(a.Language, b.Language);
        return byLanguage != 0 ? byLanguage : string.CompareOrdinal(a.Text, b.Text);
    }
}
