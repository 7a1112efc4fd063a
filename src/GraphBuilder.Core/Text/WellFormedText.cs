using System.Text;

namespace GraphBuilder.Core.Text;

/// <summary>
/// The one text-cleaning rule every output shares: a lone UTF-16 surrogate (a high surrogate not followed by a
/// low one, or a low one alone) cannot be encoded in UTF-8, JSON or XML, so it becomes U+FFFD. Readers apply it
/// where text enters (articles, graph.json); writers apply it again to whatever graph they are given, so
/// every format agrees on the same string. A valid surrogate pair is always kept.
/// </summary>
public static class WellFormedText
{
    /// <summary>The replacement character, U+FFFD.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Index of the first lone surrogate, or -1 when the text is well-formed UTF-16.</summary>
    public static int FirstLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return i;
            var next = text[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }
        return -1;
    }

    /// <summary><paramref name="text"/> with every lone surrogate replaced by U+FFFD (the same instance when there is none).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstLoneSurrogate(text);
        return first < 0 ? text : Rebuild(text, first, static _ => true);
    }

    /// <summary><see cref="Clean(string)"/> for optional text.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>
    /// Replaces lone surrogates and every other unit <paramref name="isAllowed"/> rejects (it is never asked about
    /// surrogates) by U+FFFD; for formats that forbid more characters, e.g. XML 1.0's controls.
    /// </summary>
    public static string Replace(string text, Func<char, bool> isAllowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isAllowed);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c) || !isAllowed(c)) return Rebuild(text, i, isAllowed);
        }
        return text;
    }

    private static string Rebuild(string text, int first, Func<char, bool> isAllowed)
    {
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else sb.Append(char.IsSurrogate(c) || !isAllowed(c) ? Replacement : c);
        }
        return sb.ToString();
    }
}
