namespace GraphBuilder.Ingestion.Readers;

/// <summary>Derives a title from text: its first non-empty line, trimmed and shortened.</summary>
internal static class TitleText
{
    public const int MaxLength = 200;

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
        return title.Length <= MaxLength ? title : title[..MaxLength].TrimEnd() + "…";
    }
}
