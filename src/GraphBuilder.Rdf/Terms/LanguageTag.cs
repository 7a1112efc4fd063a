namespace GraphBuilder.Rdf.Terms;

/// <summary>BCP 47 shape check: a 1-8 letter primary subtag, then '-'-separated 1-8 letter/digit subtags.</summary>
public static class LanguageTag
{
    public static bool IsWellFormed(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return false;
        var parts = tag.Split('-');
        if (parts[0].Length is < 1 or > 8 || !parts[0].All(char.IsAsciiLetter)) return false;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length is < 1 or > 8 || !parts[i].All(char.IsAsciiLetterOrDigit)) return false;
        }
        return true;
    }
}
