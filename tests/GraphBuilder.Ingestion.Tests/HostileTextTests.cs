using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>Inputs whose meaning could change silently: every change must be refused or reported.</summary>
public class HostileTextTests
{
    private static List<ArticleReadResult> Read(string path) => new ArticleSource().ReadAll([path]).ToList();

    [Fact]
    public void ReadAll_InvalidUtf8InJsonLine_IsRefusedWithTheSameMessageAsOtherReaders()
    {
        using var dir = new TempDirectory();
        var jsonl = dir.File("lines.jsonl");
        var bad = "{\"text\":\"Rusia mendukung \u00FF Korea.\"}\n"u8.ToArray();
        bad[bad.AsSpan().IndexOf((byte)0xC3)] = 0xFF; // break the UTF-8 of ÿ
        File.WriteAllBytes(jsonl, [.. "{\"text\":\"Baris satu.\"}\n"u8, .. bad, .. "{\"text\":\"Baris tiga.\"}\n"u8]);
        var txt = dir.File("bad.txt");
        File.WriteAllBytes(txt, [0x41, 0xFF, 0x42]);

        var lines = Read(jsonl);
        var file = Assert.Single(Read(txt));

        Assert.Equal(2, lines.Count(r => r.Article is not null));
        var error = Assert.Single(lines, r => r.Error is not null);
        Assert.Equal(jsonl + ":2", error.Path);
        Assert.Matches(@"^not valid UTF-8 at byte \d+$", error.Error);
        Assert.Matches(@"^not valid UTF-8 at byte 1$", file.Error);
    }

    [Theory]
    [InlineData("en-US", "en")]   // regional English
    [InlineData("id_ID", "id")]   // underscore form
    [InlineData("EN", "en")]      // upper case
    [InlineData("fr", "fr")]      // unsupported: kept, the pipeline warns
    public void ReadAll_DeclaredLanguageTag_IsReducedToItsBaseLanguage(string tag, string expected)
    {
        using var dir = new TempDirectory();
        var md = dir.Write("a.md", $"---\nlang: {tag}\n---\nRussia supports North Korea.\n");

        Assert.Equal(expected, Assert.Single(Read(md)).Article!.Language);
    }

    [Fact]
    public void ReadAll_BadFrontMatterDate_IsReportedAndTheArticleKept()
    {
        using var dir = new TempDirectory();
        var md = dir.Write("a.md", "---\ndate: 31/02/2024\n---\nRusia mendukung Korea Utara.\n");

        var result = Assert.Single(Read(md));

        Assert.NotNull(result.Article);
        Assert.Null(result.Article.Published);
        Assert.Contains(result.Warnings, w => w.Contains("date '31/02/2024' is not a date"));
    }

    [Fact]
    public void ReadAll_NoncharactersAndLoneSurrogates_AreReplacedWithAWarning()
    {
        using var dir = new TempDirectory();
        var txt = dir.Write("a.txt", "Judul\nRusia mendukung \uFFFE Korea Utara \uFDD0.\n");
        var jsonl = dir.Write("b.jsonl", "{\"text\":\"Rusia \\uFFFF mendukung.\"}\n{\"text\":\"Rusia \\ud800 x.\"}\n");

        var text = Assert.Single(Read(txt));
        var lines = Read(jsonl);

        Assert.Equal("Judul\nRusia mendukung \uFFFD Korea Utara \uFFFD.\n", text.Article!.Text);
        Assert.Contains(text.Warnings, w => w.Contains("2 character(s)") && w.Contains("U+FFFE"));
        Assert.DoesNotContain('\uFFFF', lines[0].Article!.Text);
        Assert.Contains("without its pair", lines[1].Error ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_HundredThousandNestedDivs_ReadsTheTextWithADepthWarning()
    {
        using var dir = new TempDirectory();
        const int depth = 100_000;
        var html = dir.Write("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>Rusia mendukung Korea Utara.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>Akhir.</p></body></html>");

        var result = Assert.Single(Read(html));

        Assert.Contains("Rusia mendukung Korea Utara.", result.Article!.Text);
        Assert.Contains("Akhir.", result.Article.Text);
        Assert.Contains(result.Warnings, w => w.Contains("nests deeper than"));
    }
}
