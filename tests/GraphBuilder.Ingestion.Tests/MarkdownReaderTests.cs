using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class MarkdownReaderTests
{
    [Fact]
    public void Read_FrontMatterAndMarkup_MetadataUsedAndMarkupStripped()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.md", """
            ---
            title: "Putin meets Kim"
            date: 2024-06-19
            lang: en
            url: https://news.test/a
            ---
            # Putin meets Kim

            **Vladimir Putin** met [Kim Jong Un](https://x.test) in *Pyongyang*.

            ```
            code is dropped
            ```
            """);

        var article = ArticleSource.Read([path]).Single().Article!;

        Assert.Equal("Putin meets Kim", article.Title);
        Assert.Equal(new DateOnly(2024, 6, 19), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://news.test/a", article.Url);
        Assert.Equal("Putin meets Kim\n\nVladimir Putin met Kim Jong Un in Pyongyang.", article.Text);
    }
}
