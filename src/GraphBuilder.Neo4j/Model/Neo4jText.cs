using System.Text;

namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// Makes text storable: a lone UTF-16 surrogate cannot be encoded in UTF-8 or JSON, so it becomes
/// U+FFFD here, once, and every output (HTTP load, graph.cypher, CSV) then agrees on the same string.
/// </summary>
public static class Neo4jText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bad = FirstLoneSurrogate(text);
        if (bad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? Replacement : c);
            }
        }
        return sb.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>
    /// The separator of array elements in the bulk-import CSVs (the ASCII unit separator). Inside an
    /// element it becomes U+FFFD in the model, so every output stores the same element.
    /// </summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary><see cref="Clean"/>, and the array delimiter replaced: the text of one element of a string array.</summary>
    public static string CleanElement(string text)
    {
        var clean = Clean(text);
        return clean.Contains(ArrayDelimiter) ? clean.Replace(ArrayDelimiter, Replacement) : clean;
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
