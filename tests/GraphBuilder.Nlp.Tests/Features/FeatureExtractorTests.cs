using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Tests.Features;

public class FeatureExtractorTests
{
    private static uint[] Features(string[] words, int i, int prev1 = -1, int prev2 = -1)
    {
        var sentence = SentenceText.FromWords(words);
        var buffer = new TokenFeatures[words.Length + 2 * FeatureExtractor.Pad];
        var cased = FeatureExtractor.Prepare(sentence, WordLexicon.Empty, buffer);
        var output = new uint[FeatureExtractor.Count];
        FeatureExtractor.Extract(buffer, words.Length, i, cased, prev1, prev2, output);
        return output;
    }

    [Fact]
    public void Extract_SameInput_SameFeatures()
    {
        string[] words = ["Presiden", "Joko", "Widodo", "tiba", "."];
        Assert.Equal(Features(words, 2, 1, 0), Features(words, 2, 1, 0));
    }

    [Fact]
    public void Extract_OnlyCaseDiffers_SharesLowerCaseWordFeature()
    {
        var cased = Features(["kota", "Jakarta", "ramai"], 1);
        var lower = Features(["kota", "jakarta", "ramai"], 1);
        Assert.Equal(cased[1], lower[1]);    // lower-cased word
        Assert.NotEqual(cased[2], lower[2]); // exact word
        Assert.NotEqual(cased[10], lower[10]); // shape
    }

    [Fact]
    public void Extract_DifferentPreviousTag_ChangesOnlyTagFeatures()
    {
        string[] words = ["Joko", "Widodo", "tiba"];
        var a = Features(words, 1, prev1: 1);
        var b = Features(words, 1, prev1: 2);
        var differing = Enumerable.Range(0, a.Length).Where(k => a[k] != b[k]).ToArray();
        Assert.Equal(Enumerable.Range(FeatureExtractor.StaticCount, FeatureExtractor.TaggedCount), differing);
    }

    [Fact]
    public void Extract_NeighbourWordChanges_ChangesContextFeatures()
    {
        var a = Features(["di", "Jakarta", "kemarin"], 1);
        var b = Features(["ke", "Jakarta", "kemarin"], 1);
        Assert.Equal(a[1], b[1]);       // the word itself
        Assert.NotEqual(a[11], b[11]);  // previous word
    }

    [Fact]
    public void Prepare_LowerCasedSentence_ReportsUncased()
    {
        var buffer = new TokenFeatures[3 + 2 * FeatureExtractor.Pad];
        Assert.False(FeatureExtractor.Prepare(SentenceText.FromWords(["amos", "kenda", "menyatakan"]), WordLexicon.Empty, buffer));
        Assert.True(FeatureExtractor.Prepare(SentenceText.FromWords(["Amos", "kenda", "menyatakan"]), WordLexicon.Empty, buffer));
    }
}
