using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Segmentation;

public sealed class SegmenterTests
{
    [Fact]
    public void Process_HeadlineWithoutFullStop_EndsAtLineBreak()
    {
        var doc = Ex.Run("Korea Utara Dukung Rusia\nKorea Utara mendukung Rusia. Rusia berterima kasih.");
        Assert.Equal(3, doc.Sentences.Length);
        Assert.Equal("Korea Utara Dukung Rusia", doc.SentenceText(0));
    }

    [Fact]
    public void Process_AbbreviationAndInitial_DoNotEndSentence()
    {
        var doc = Ex.Run("Dr. Smith met J. Doe in London. They talked.", "en");
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal("Dr. Smith met J. Doe in London.", doc.SentenceText(0));
    }

    [Fact]
    public void Process_ClosingQuoteAfterFullStop_StaysInSentence()
    {
        var doc = Ex.Run("Dia berkata, \"Kami siap.\" Lalu pergi.");
        Assert.Equal("Dia berkata, \"Kami siap.\"", doc.SentenceText(0));
    }

    [Fact]
    public void Process_TokensCarryTheirSentenceIndex()
    {
        var doc = Ex.Run("Satu dua.\nTiga empat.");
        Assert.All(doc.Sentences, s =>
        {
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++) Assert.Equal(s.Index, doc.Tokens[t].SentenceIndex);
        });
    }
}
