using System.Globalization;
using System.Text;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Characters that may not appear in article text: lone surrogates, Unicode noncharacters
/// (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF) and C0 controls other than tab, line feed and carriage return.
/// Each is replaced by U+FFFD and reported once per article, so the article is still read and the
/// change is never silent.
/// </summary>
internal static class TextCharacters
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text with disallowed characters replaced, and a warning when any were.</summary>
    public static (string Text, string? Warning) Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstBad(text, 0);
        if (first < 0) return (text, null);
        var sb = new StringBuilder(text.Length);
        var count = 0;
        var example = Describe(text, first);
        for (var i = 0; i < text.Length; i++)
        {
            var length = BadLength(text, i);
            if (length == 0) { sb.Append(text[i]); continue; }
            sb.Append(Replacement);
            count++;
            i += length - 1;
        }
        return (sb.ToString(), $"{count:N0} character(s) not allowed in text replaced by U+FFFD (first: {example} at character {first:N0})");
    }

    private static int FirstBad(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (BadLength(text, i) > 0) return i;
        }
        return -1;
    }

    /// <summary>0 when the character at <paramref name="i"/> is fine, else how many chars the bad code point spans.</summary>
    private static int BadLength(string text, int i)
    {
        var c = text[i];
        if (c < 0x20) return c is '\t' or '\n' or '\r' ? 0 : 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return 1;
            return IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])) ? 2 : 0;
        }
        if (char.IsLowSurrogate(c)) return 1;
        return IsNoncharacter(c) ? 1 : 0;
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Describe(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? "U+" + char.ConvertToUtf32(text[i], text[i + 1]).ToString("X4", CultureInfo.InvariantCulture)
            : "U+" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture);
}
