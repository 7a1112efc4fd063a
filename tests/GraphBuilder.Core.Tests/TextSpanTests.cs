using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Tests;

public class TextSpanTests
{
    [Theory]
    [InlineData(-1, 2)] // negative start
    [InlineData(5, 4)]  // end before start
    public void Constructor_ImpossibleOffsets_Throws(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));

    [Fact]
    public void OverlapsContainsUnion_BehaveAsHalfOpenRanges()
    {
        var a = new TextSpan(0, 5);
        var b = new TextSpan(5, 9);
        Assert.False(a.Overlaps(b));
        Assert.True(a.Overlaps(new TextSpan(4, 6)));
        Assert.True(a.Contains(new TextSpan(1, 5)));
        Assert.Equal(new TextSpan(0, 9), a.Union(b));
        Assert.Equal("Korea", new TextSpan(0, 5).Slice("Korea Utara").ToString());
    }
}
