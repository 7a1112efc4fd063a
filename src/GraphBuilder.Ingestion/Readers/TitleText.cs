namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Derives a title from text: its first non-empty line, trimmed and shortened. A first line that is a
/// paragraph gives its first sentence when that is short enough, else its first words, ending in "…".
/// </summary>
internal static class TitleText
{
    /// <summary>Longest title, the ellipsis included.</summary>
    public const int MaxLength = 120;

    /// <summary>Shortest first sentence taken as a title ("Mr." or "U.S." are not sentences).</summary>
    private const int MinSentence = 24;

    public static string FirstLine(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Trim();
            if (!line.IsEmpty) return Shorten(line.ToString());
        }
        return "";
    }

    public static string Shorten(string title)
    {
        title = title.Trim();
        if (title.Length <= MaxLength) return title;
        // The first sentence, if it ends (". " after at least MinSentence characters) before the limit.
        for (var end = title.IndexOfAny(['.', '!', '?'], MinSentence); end > 0 && end < MaxLength; end = title.IndexOfAny(['.', '!', '?'], end + 1))
        {
            if (char.IsWhiteSpace(title[end + 1])) return title[..(end + 1)];
        }
        var cut = title.LastIndexOf(' ', MaxLength - 1);
        var head = cut > MaxLength / 2 ? title[..cut] : title[..(MaxLength - 1)];
        return head.TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
