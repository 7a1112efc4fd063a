using System.Text;

namespace GraphBuilder.Visualization.GraphMl;

/// <summary>
/// Makes any .NET string storable in XML 1.0: characters XML forbids (C0 controls other than
/// tab, LF and CR; lone surrogates; U+FFFE and U+FFFF) become U+FFFD. Markup escaping itself is
/// left to <see cref="System.Xml.XmlWriter"/>.
/// </summary>
public static class XmlSafeText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstBad = FirstInvalid(text);
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(IsAllowedSingle(c) ? c : Replacement);
            }
        }
        return sb.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowedSingle(c)) return i;
        }
        return -1;
    }

    /// <summary>XML 1.0 Char production for one UTF-16 unit that is not part of a valid surrogate pair.</summary>
    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
