using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Tests;

public class ConfidenceScoreTests
{
    [Fact]
    public void NoisyOr_IsOneMinusTheProductOfDisbeliefs_Exact()
    {
        Assert.Equal(0.0, ConfidenceScore.NoisyOr([]));
        Assert.Equal(1.0 - (1.0 - 0.9) * (1.0 - 0.5), ConfidenceScore.NoisyOr([0.9, 0.5]));
        Assert.Equal((1.0 - 0.85) * (1.0 - 0.7), ConfidenceScore.Disbelief([0.85, 0.7]));
        Assert.Equal(1.0, ConfidenceScore.NoisyOr([0.3, 1.0]));
        // not rounded: writers round
        Assert.NotEqual(Math.Round(ConfidenceScore.NoisyOr([0.612345]), 4), ConfidenceScore.NoisyOr([0.612345]));
    }

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(1.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Evidence_ConfidenceOutsideZeroOne_IsRejectedWhereItIsMade(double confidence)
    {
        Assert.False(ConfidenceScore.IsValid(confidence));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Evidence("a", 0, "s", new TextSpan(0, 1), "r", confidence));
        Assert.Contains("must be a number in [0, 1]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(0.85)]
    public void Evidence_ConfidenceInRange_IsKept(double confidence) =>
        Assert.Equal(confidence, new Evidence("a", 0, "s", new TextSpan(0, 1), "r", confidence).Confidence);

    [Fact]
    public void Evidence_ChangedConfidence_IsCheckedToo()
    {
        var evidence = new Evidence("a", 0, "s", new TextSpan(0, 1), "r", 0.5);
        Assert.Equal(0.25, (evidence with { Confidence = 0.25 }).Confidence);
        Assert.Throws<ArgumentOutOfRangeException>(() => evidence with { Confidence = 2 });
    }
}
