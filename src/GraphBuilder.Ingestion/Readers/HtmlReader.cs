using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// An .html file is one article. The main text comes from &lt;article&gt;, else &lt;main&gt;, else &lt;body&gt;,
/// without scripts, styles, navigation, headers, footers, asides and forms; block elements become lines.
/// Metadata: og:title / h1 / title, canonical or og:url, article:published_time / date / time[datetime], html[lang].
/// </summary>
public sealed class HtmlReader(ReaderLimits limits) : IArticleReader
{
    private const string Boilerplate = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button";
    private const string Blocks = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,th,dt,dd";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public IEnumerable<ArticleReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (html, error, bytes) = TextFile.Read(path, limits);
        if (error is not null) { yield return ArticleReadResult.Fail(path, error, bytes); yield break; }
        var (flat, dropped) = HtmlDepthGuard.Flatten(html!);
        var document = new HtmlParser().ParseDocument(flat);
        var title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent ?? document.Title ?? "";
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var (published, dateWarning) = DateText.ParseField("publication date", Meta(document, "article:published_time") ?? Meta(document, "date")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var language = document.DocumentElement.GetAttribute("lang");
        var text = MainText(document);
        var warnings = new List<string>();
        if (dropped > 0) warnings.Add($"HTML nests deeper than {HtmlDepthGuard.MaxDepth} elements; {dropped:N0} tags beyond that depth were ignored (their text is kept)");
        if (dateWarning is not null) warnings.Add(dateWarning);
        yield return ArticleFactory.Create(path, TitleText.Shorten(Collapse(title)), text, bytes, url, published, language, warnings);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
        }
        return null;
    }

    private static string MainText(IDocument document)
    {
        var container = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (container is null) return "";
        foreach (var junk in container.QuerySelectorAll(Boilerplate).ToList()) junk.Remove();
        var sb = new StringBuilder();
        var blocks = container.QuerySelectorAll(Blocks);
        foreach (var block in blocks)
        {
            if (HasBlockAncestor(block, container)) continue;
            var line = Collapse(block.TextContent);
            if (line.Length > 0) sb.Append(line).Append('\n');
        }
        return sb.Length > 0 ? sb.ToString().TrimEnd() : Collapse(container.TextContent);
    }

    private static bool HasBlockAncestor(IElement element, IElement container)
    {
        for (var p = element.ParentElement; p is not null && p != container; p = p.ParentElement)
        {
            if (p.Matches(Blocks)) return true;
        }
        return false;
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
