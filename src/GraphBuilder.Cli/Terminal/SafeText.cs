using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Cli.Terminal;

/// <summary>
/// Makes text safe to print: passwords in URLs (<c>scheme://user:secret@host</c>) become
/// <c>***</c>, and control characters (including ESC, line breaks inside a name, and the
/// bidirectional overrides U+202A..U+202E, U+2066..U+2069) are shown as <c>\n</c>, <c>\x1B</c>,
/// <c>\u202E</c>, so a file name can neither forge an "error:" line nor colour the terminal.
/// </summary>
public static partial class SafeText
{
    /// <summary>Redacts credentials and escapes every control character, line breaks included.</summary>
    public static string Line(string? text) => Escape(Redact(text ?? ""), keepLineBreaks: false);

    /// <summary>Replaces the password of every URL with *** (the user name stays, to help diagnose).</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("://", StringComparison.Ordinal) ? UserInfo().Replace(text, "${scheme}${user}:***@") : text;
    }

    /// <summary>Escapes control characters; with <paramref name="keepLineBreaks"/> "\n" (and "\r\n") pass through.</summary>
    public static string Escape(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => NeedsEscape(c, keepLineBreaks))) return text;
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (keepLineBreaks && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))) { sb.Append(c); continue; }
            if (!NeedsEscape(c, keepLineBreaks)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char c, bool keepLineBreaks) =>
        c switch
        {
            '\n' or '\r' => !keepLineBreaks,
            '\t' => false,
            < ' ' or '\u007F' => true,
            >= '\u0080' and <= '\u009F' => true,
            >= '\u202A' and <= '\u202E' => true,
            >= '\u2066' and <= '\u2069' => true,
            '\u200E' or '\u200F' or '\u061C' => true,
            _ => false,
        };

    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)(?<user>[^/?#@\s:]*):(?<pass>[^/?#@\s]*)@")]
    private static partial Regex UserInfo();
}
