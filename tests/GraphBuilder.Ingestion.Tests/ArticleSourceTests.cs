using GraphBuilder.Core.Identity;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class ArticleSourceTests
{
    [Fact]
    public void Read_Seeds_YieldsFiveArticlesWithContentHashIds()
    {
        var results = ArticleSource.Read([RepoPaths.Seeds]).ToList();

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.All(results, r => Assert.Equal(ContentHash.ArticleId(r.Article!.Text), r.Article.Id));
        Assert.Equal(results.Select(r => r.Path).Order(StringComparer.Ordinal), results.Select(r => r.Path));
    }

    [Fact]
    public void Read_RenamedFile_KeepsArticleId()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.txt", "Judul\nKorea Utara mendukung Rusia.");
        var first = ArticleSource.Read([a]).Single().Article!;
        File.Move(a, dir.File("renamed.txt"));

        var second = ArticleSource.Read([dir.File("renamed.txt")]).Single().Article!;

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void Read_DirectoryRecursive_SkipsHiddenAndUnsupported()
    {
        using var dir = new TempDirectory();
        dir.Write("sub/deep/a.txt", "Satu.");
        dir.Write("b.md", "# Dua\n\nIsi.");
        dir.Write(".hidden/c.txt", "Tiga.");
        dir.Write("notes.pdf", "%PDF");

        var results = ArticleSource.Read([dir.Path]).ToList();

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Read_MissingPathAndUnsupportedFile_ReportErrorsAndContinue()
    {
        using var dir = new TempDirectory();
        var pdf = dir.Write("x.pdf", "%PDF");
        var good = dir.Write("good.txt", "Baik.");

        var results = ArticleSource.Read([dir.File("missing"), pdf, good]).ToList();

        Assert.Equal(3, results.Count);
        Assert.Contains("no such file", results[0].Error);
        Assert.Contains("unsupported file type '.pdf'", results[1].Error);
        Assert.NotNull(results[2].Article);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]         // NUL bytes
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 }, "not valid UTF-8")] // broken sequence
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no article text")] // whitespace only
    public void Read_BadTextFile_ReportsReasonWithPath(byte[] content, string reason)
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.txt");
        File.WriteAllBytes(path, content);

        var result = ArticleSource.Read([path]).Single();

        Assert.Null(result.Article);
        Assert.Contains(reason, result.Error);
        Assert.Equal(path, result.Path);
    }

    [Fact]
    public void Read_FileOverLimit_ReportsLimit()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("big.txt", new string('a', 2000));

        var result = new ArticleSource(new ReaderLimits { MaxArticleBytes = 1000 }).ReadAll([path]).Single();

        Assert.Contains("article limit", result.Error);
    }

    [Fact]
    public void Read_TextFile_TitleIsFirstNonEmptyLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.txt", "\n\n  Kim Jong Un Tegaskan Dukungan  \n\nIsi berita.");

        var article = ArticleSource.Read([path]).Single().Article!;

        Assert.Equal("Kim Jong Un Tegaskan Dukungan", article.Title);
        Assert.Null(article.Language);
    }
}
