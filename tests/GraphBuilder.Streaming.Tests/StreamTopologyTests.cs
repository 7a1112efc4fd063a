namespace GraphBuilder.Streaming.Tests;

public class StreamTopologyTests
{
    [Fact]
    public void Subject_StreamName_ArticlesSubjectAndDefaultConsumer()
    {
        var topology = new StreamTopology("news");
        Assert.Equal("news.articles", topology.Subject);
        Assert.Equal("graphbuilder-workers", topology.Consumer);
    }

    [Theory]
    [InlineData("a.b")] // a dot would make the subject two tokens
    [InlineData("news*")] // wildcard
    [InlineData("my stream")] // whitespace
    [InlineData("")] // empty
    public void Constructor_InvalidStreamName_ArgumentException(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => new StreamTopology(name));
}
