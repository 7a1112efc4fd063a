using GraphBuilder.Extraction.Segmentation;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Segmentation;

/// <summary>Guards that keep one pathological article from costing more than linear time, and say so.</summary>
public sealed class LinearGuardTests
{
    [Fact]
    public void Process_RunOnSentenceOfThousandsOfWords_IsCutAtTheCapWithAWarning()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => i % 7 == 0 ? "Rusia" : "dan"));
        var doc = Ex.Run("Judul\n" + words + ".");

        Assert.All(doc.Sentences, s => Assert.True(s.TokenCount <= Segmenter.MaxSentenceTokens, $"sentence of {s.TokenCount} tokens"));
        Assert.True(doc.Sentences.Length >= 5_000 / Segmenter.MaxSentenceTokens);
        Assert.Contains(doc.Warnings, w => w.Contains("run-on sentence") && w.Contains(Segmenter.MaxSentenceTokens.ToString()));
    }

    [Fact]
    public void Process_NormalSentences_GiveNoCutWarning()
    {
        var doc = Ex.Run("Korea Utara mendukung Rusia. Rusia berterima kasih.");

        Assert.DoesNotContain(doc.Warnings, w => w.Contains("run-on"));
    }
}
