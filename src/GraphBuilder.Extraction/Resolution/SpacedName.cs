namespace GraphBuilder.Extraction.Resolution;

/// <summary>Names with their whitespace collapsed to single spaces ("Kim\nJong Un" -> "Kim Jong Un").</summary>
public static class SpacedName
{
    /// <summary>The words of <paramref name="text"/> joined by single spaces; the text itself when it is already so.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNormal(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) continue;
            if (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ') return false;
        }
        return true;
    }
}
