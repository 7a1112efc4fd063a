using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// A .md file is one article. Optional YAML front matter (title, url, date/published, lang/language)
/// supplies metadata; markup (headings, emphasis, links, images, code fences) is reduced to its text.
/// </summary>
public sealed partial class MarkdownReader(ReaderLimits limits) : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public IEnumerable<ArticleReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (raw, error, bytes) = TextFile.Read(path, limits);
        if (error is not null) { yield return ArticleReadResult.Fail(path, error, bytes); yield break; }
        var (meta, body) = FrontMatter.Split(raw!);
        var text = ToPlainText(body);
        var title = meta.GetValueOrDefault("title") ?? TitleText.FirstLine(text);
        var dateField = meta.ContainsKey("published") ? "published" : "date";
        var (date, dateWarning) = DateText.ParseField("front matter " + dateField, meta.GetValueOrDefault(dateField));
        yield return ArticleFactory.Create(path, TitleText.Shorten(title), text, bytes,
            meta.GetValueOrDefault("url"), date,
            meta.GetValueOrDefault("language") ?? meta.GetValueOrDefault("lang"),
            dateWarning is null ? null : [dateWarning]);
    }

    /// <summary>Markdown to plain text, keeping line structure so sentence offsets stay meaningful.</summary>
    public static string ToPlainText(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var rawLine in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence) continue;
            line = HeadingOrQuoteOrBullet().Replace(line, "");
            line = Image().Replace(line, "$1");
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "$2");
            line = InlineCode().Replace(line, "$1");
            sb.Append(line).Append('\n');
        }
        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")]
    private static partial Regex HeadingOrQuoteOrBullet();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();
}
