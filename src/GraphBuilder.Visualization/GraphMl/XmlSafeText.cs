using GraphBuilder.Core.Text;

namespace GraphBuilder.Visualization.GraphMl;

/// <summary>
/// Makes any .NET string storable in XML 1.0: characters XML forbids (C0 controls other than
/// tab, LF and CR; lone surrogates; U+FFFE and U+FFFF) become U+FFFD. Markup escaping itself is
/// left to <see cref="System.Xml.XmlWriter"/>.
/// </summary>
public static class XmlSafeText
{
    public const char Replacement = WellFormedText.Replacement;

    public static string Clean(string text) => WellFormedText.Replace(text, IsAllowedSingle);

    /// <summary>XML 1.0 Char production for one UTF-16 unit that is not part of a surrogate pair.</summary>
    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
