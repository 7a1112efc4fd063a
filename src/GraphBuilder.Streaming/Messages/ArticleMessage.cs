using System.Text.Json;
using System.Text.Json.Serialization;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Streaming.Messages;

/// <summary>The wire form of one article on the stream: UTF-8 JSON of its text and metadata.</summary>
public static class ArticleMessage
{
    private sealed record Body(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("published")] DateOnly? Published,
        [property: JsonPropertyName("language")] string? Language);

    public static byte[] Encode(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.SerializeToUtf8Bytes(
            new Body(article.Id, article.Title, article.Text, article.SourcePath, article.Url, article.Published, article.Language));
    }

    /// <summary>The article, or an exception naming what is wrong with the message.</summary>
    public static Article Decode(ReadOnlySpan<byte> data)
    {
        Body? body;
        try
        {
            body = JsonSerializer.Deserialize<Body>(data);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("not an article message: " + e.Message, e);
        }
        if (body is null || string.IsNullOrEmpty(body.Id) || body.Text is null || body.Title is null || body.Source is null)
            throw new InvalidDataException("not an article message: id, title, text and source are required");
        return new Article(body.Id, body.Title, body.Text, body.Source)
        {
            Url = body.Url,
            Published = body.Published,
            Language = body.Language,
        };
    }
}
