using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class HtmlReaderTests
{
    private const string Page = """
        <!doctype html>
        <html lang="id-ID"><head>
          <title>Site | Korea Utara dukung Rusia</title>
          <meta property="og:title" content="Korea Utara dukung Rusia">
          <meta property="article:published_time" content="2023-06-25T08:00:00+07:00">
          <link rel="canonical" href="https://news.test/korut-rusia">
          <script>var tracking = "Amerika Serikat menginvasi";</script>
        </head><body>
          <nav><a href="/">Beranda</a> <a href="/x">Politik</a></nav>
          <article>
            <h1>Korea Utara dukung Rusia</h1>
            <p>Korea Utara <b>mendukung</b> Rusia.</p>
            <aside>Baca juga: iklan</aside>
            <ul><li><p>Kim bertemu Lavrov.</p></li></ul>
          </article>
          <footer>Hak cipta</footer>
        </body></html>
        """;

    [Fact]
    public void Read_NewsPage_ExtractsMainTextAndMetadata()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("page.html", Page);

        var article = ArticleSource.Read([path]).Single().Article!;

        Assert.Equal("Korea Utara dukung Rusia", article.Title);
        Assert.Equal("https://news.test/korut-rusia", article.Url);
        Assert.Equal(new DateOnly(2023, 6, 25), article.Published);
        Assert.Equal("id", article.Language);
        Assert.Equal("Korea Utara dukung Rusia\nKorea Utara mendukung Rusia.\nKim bertemu Lavrov.", article.Text);
        Assert.DoesNotContain("tracking", article.Text);
        Assert.DoesNotContain("Beranda", article.Text);
        Assert.DoesNotContain("iklan", article.Text);
    }
}
