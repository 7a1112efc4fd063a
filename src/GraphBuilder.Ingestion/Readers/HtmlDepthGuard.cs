using System.Text;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Keeps HTML element nesting at most <see cref="MaxDepth"/> deep before it reaches the parser, in
/// one linear pass: tags that would open an element deeper than that are dropped together with their
/// end tags, the text inside is kept (as one paragraph). HTML parsers check the stack of open elements for each tag, so
/// 100,000 nested &lt;div&gt; would otherwise cost quadratic time. Comments, doctype, void elements
/// and the raw text of script/style are passed through unchanged.
/// </summary>
internal static class HtmlDepthGuard
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>The HTML with over-deep tags removed, and how many were removed.</summary>
    public static (string Html, int Dropped) Flatten(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var sb = new StringBuilder(html.Length);
        var depth = 0;
        var overflow = 0;
        var dropped = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0) { sb.Append(html, i, html.Length - i); break; }
            sb.Append(html, i, lt - i);
            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0) { sb.Append(html, lt, html.Length - lt); break; }
            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                var commentEnd = close < 0 ? html.Length : close + 3;
                sb.Append(html, lt, commentEnd - lt);
                i = commentEnd;
                continue;
            }
            var (name, closing, selfClosing) = Tag(html, lt, gt);
            var end = gt + 1;
            if (name.Length == 0 || Void.Contains(name) || selfClosing) { sb.Append(html, lt, end - lt); i = end; continue; }
            if (!closing && RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // The element and its end tag are passed whole: they never count towards the depth.
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                end = closeEnd < 0 ? html.Length : closeEnd + 1;
                sb.Append(html, lt, end - lt);
                i = end;
                continue;
            }
            if (closing)
            {
                if (overflow > 0)
                {
                    overflow--;
                    dropped++;
                    if (overflow == 0) sb.Append("</p>");
                }
                else { depth = Math.Max(0, depth - 1); sb.Append(html, lt, end - lt); }
            }
            else if (depth >= MaxDepth)
            {
                // Everything below the cap becomes one paragraph of the deepest kept element, so its text is read.
                if (overflow == 0) sb.Append("<p>");
                overflow++;
                dropped++;
            }
            else { depth++; sb.Append(html, lt, end - lt); }
            i = end;
        }
        return dropped == 0 ? (html, 0) : (sb.ToString(), dropped);
    }

    private static (string Name, bool Closing, bool SelfClosing) Tag(string html, int lt, int gt)
    {
        var p = lt + 1;
        var closing = p < gt && html[p] == '/';
        if (closing) p++;
        var start = p;
        while (p < gt && (char.IsAsciiLetterOrDigit(html[p]) || html[p] is '-' or ':')) p++;
        if (p == start || !char.IsAsciiLetter(html[start])) return ("", closing, false);
        return (html[start..p], closing, html[gt - 1] == '/');
    }
}
