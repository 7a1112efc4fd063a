using System.Text;
using GraphBuilder.Core.Documents;
using GraphBuilder.Streaming.Messages;

namespace GraphBuilder.Streaming.Tests.Messages;

public class ArticleMessageTests
{
    [Fact]
    public void Decode_EncodedArticle_SameArticleBack()
    {
        var article = new Article("0123456789abcdef", "Judul \"kutip\"", "Teks\nbaris dua \u2028 é", "dir/a.jsonl:3")
        {
            Url = "https://example.org/a",
            Published = new DateOnly(2024, 2, 29),
            Language = "id",
        };

        Assert.Equal(article, ArticleMessage.Decode(ArticleMessage.Encode(article)));
    }

    [Theory]
    [InlineData("not json")] // garbage
    [InlineData("{\"id\":\"x\",\"title\":\"t\"}")] // text and source missing
    [InlineData("null")] // JSON, but no object
    public void Decode_NotAnArticle_InvalidDataExceptionWithReason(string payload)
    {
        var e = Assert.Throws<InvalidDataException>(() => ArticleMessage.Decode(Encoding.UTF8.GetBytes(payload)));
        Assert.StartsWith("not an article message", e.Message);
    }
}
