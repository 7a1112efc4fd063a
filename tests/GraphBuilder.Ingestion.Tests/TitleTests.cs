using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

/// <summary>Titles derived from a .txt file's first line.</summary>
public sealed class TitleTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string TitleOf(string text)
    {
        var path = _dir.Write("article.txt", text);
        return Assert.Single(ArticleSource.Read([path])).Article!.Title;
    }

    [Fact]
    public void Read_FirstLineIsAParagraph_TitleIsItsFirstSentence()
    {
        var paragraph = "Korea Utara mendukung penuh Rusia dalam perang di Ukraina, kata Kim Jong Un di Pyongyang pada Rabu. "
            + string.Join(" ", Enumerable.Repeat("Pernyataan itu disampaikan dalam pertemuan dengan Menteri Luar Negeri Rusia Sergei Lavrov.", 3));
        var title = TitleOf(paragraph + "\n\nKalimat berikutnya.");
        Assert.Equal("Korea Utara mendukung penuh Rusia dalam perang di Ukraina, kata Kim Jong Un di Pyongyang pada Rabu.", title);
    }

    [Fact]
    public void Read_FirstLineIsOneLongSentence_TitleEndsAtAWordWithEllipsis()
    {
        var words = string.Join(" ", Enumerable.Repeat("dukungan militer", 30));
        var title = TitleOf(words + "\nKalimat.");
        Assert.True(title.Length <= 120, $"{title.Length} characters");
        Assert.EndsWith("militer…", title);
    }

    [Theory]
    [InlineData("Korea Utara dukung Rusia")]         // a short headline stays as it is
    [InlineData("Mr. Kim meets U.S. envoy in Seoul")] // abbreviations are not sentence ends
    public void Read_ShortFirstLine_IsTheTitle(string headline) =>
        Assert.Equal(headline, TitleOf(headline + "\nKorea Utara mendukung Rusia."));

    public void Dispose() => _dir.Dispose();
}
