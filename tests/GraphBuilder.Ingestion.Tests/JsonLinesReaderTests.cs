using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class JsonLinesReaderTests
{
    [Fact]
    public void Read_MixedLines_GoodArticlesKeptBadLinesReportedWithLineNumbers()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("c.jsonl", string.Join("\n",
            """{"id":"a1","title":"Satu","text":"Korea Utara mendukung Rusia.","url":"https://x.test/1","published":"2024-11-01","language":"id"}""",
            "",
            "{not json",
            """{"id":"a3","title":"No text"}""",
            """["array"]""",
            """{"id":"a5","text":"Second article.","published":"yesterday"}""",
            """{"id":"a6","text":"Third article.","published":"2025-01-02T10:00:00+07:00"}"""));

        var results = ArticleSource.Read([path]).ToList();

        Assert.Equal(6, results.Count);
        var first = results[0].Article!;
        Assert.Equal("Satu", first.Title);
        Assert.Equal("https://x.test/1", first.Url);
        Assert.Equal(new DateOnly(2024, 11, 1), first.Published);
        Assert.Equal("id", first.Language);
        Assert.Equal(path + ":1", results[0].Path);
        Assert.StartsWith("not valid JSON at character ", results[1].Error);
        Assert.Equal(path + ":3", results[1].Path);
        Assert.Contains("\"text\"", results[2].Error);
        Assert.Contains("expected a JSON object", results[3].Error);
        Assert.Contains("not a date", results[4].Error);
        Assert.Equal(new DateOnly(2025, 1, 2), results[5].Article!.Published);
    }

    [Fact]
    public void Read_LineOverLimit_ReportedWithoutStoppingAndFollowingLinesRead()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("big.jsonl", "{\"text\":\"" + new string('x', 5000) + "\"}\r\n{\"text\":\"Rusia mendukung Korea Utara.\"}\r\n");

        var results = new ArticleSource(new ReaderLimits { MaxArticleBytes = 1000 }).ReadAll([path]).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(path + ":1", results[0].Path);
        Assert.Contains("article limit", results[0].Error);
        Assert.Equal("Rusia mendukung Korea Utara.", results[1].Article!.Text);
        Assert.Equal(path + ":2", results[1].Path);
    }
}
