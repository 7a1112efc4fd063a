using System.Collections.Frozen;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Tests.Recognition;

public sealed class TokenFolderTests
{
    private static Document Segmented(string text) => new Segmenter(FrozenSet<string>.Empty).Process(new Document(new Article("a", "t", text, "p")));

    [Fact]
    public void Process_Tokens_FoldedWithoutCaseOrDiacritics()
    {
        var d = new TokenFolder().Process(Segmented("Président Erdoğan"));

        Assert.Equal(["president", "erdogan"], d.FoldedTokens.ToArray());
    }

    [Fact]
    public void Process_HyphenatedToken_SplitsIntoSubWordsOfOneToken()
    {
        var d = new TokenFolder().Process(Segmented("US-China talks"));
        var s = d.SubWords!;

        Assert.Equal(["us", "china", "talks"], s.Words.ToArray());
        Assert.Equal([0, 0, 1], s.Owner.ToArray());
        Assert.Equal([0, 2, 3], s.FirstOf.ToArray());
        Assert.True(s.StartsToken(0));
        Assert.False(s.EndsToken(0));
        Assert.True(s.EndsToken(1));
    }

    [Fact]
    public void Process_LoneHyphen_StaysOneSubWord()
    {
        var d = new TokenFolder().Process(Segmented("Jakarta - Kamis"));

        Assert.Equal(d.FoldedTokens.ToArray(), d.SubWords!.Words.ToArray());
    }

    [Fact]
    public void Layers_NotFolded_ClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Layers.Folded(Segmented("Kim")));
        Assert.Contains("token-folder", error.Message);
    }
}
