using System.Text;
using System.Text.Json;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// A .jsonl file holds one article per line: {"id", "title", "text", "url"?, "published"?, "language"?}.
/// Lines are streamed; a bad line is reported as "file:line" with the reason and the rest continues.
/// </summary>
public sealed class JsonLinesReader(ReaderLimits limits) : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<ArticleReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (reader, openError) = Open(path);
        if (reader is null)
        {
            yield return ArticleReadResult.Fail(path, "cannot read file: " + openError);
            yield break;
        }
        using (reader)
        {
            var lines = new BoundedLineReader(reader, (int)Math.Min(int.MaxValue - 1, limits.MaxArticleBytes));
            var lineNumber = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (line, tooLong, seen, readError) = ReadLine(lines);
                if (readError is not null) { yield return ArticleReadResult.Fail(path, "cannot read file: " + readError); yield break; }
                if (line is null) yield break;
                lineNumber++;
                var where = $"{path}:{lineNumber}";
                if (tooLong)
                {
                    yield return ArticleReadResult.Fail(where, $"line is over the {limits.MaxArticleBytes:N0}-byte article limit", seen);
                    continue;
                }
                var bytes = Encoding.UTF8.GetByteCount(line) + 1L;
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (bytes > limits.MaxArticleBytes)
                {
                    yield return ArticleReadResult.Fail(where, $"line is {bytes:N0} bytes, over the {limits.MaxArticleBytes:N0}-byte article limit", bytes);
                    continue;
                }
                yield return ParseLine(where, line, bytes);
            }
        }
    }

    private static (StreamReader? Reader, string? Error) Open(string path)
    {
        try
        {
            return (new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    private static (string? Line, bool TooLong, long Seen, string? Error) ReadLine(BoundedLineReader reader)
    {
        try
        {
            var line = reader.ReadLine(out var tooLong, out var seen);
            return (line, tooLong, seen, null);
        }
        catch (IOException e) { return (null, false, 0, e.Message); }
    }

    private static ArticleReadResult ParseLine(string where, string line, long bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ArticleReadResult.Fail(where, $"expected a JSON object, found {root.ValueKind}", bytes);
            var text = String(root, "text");
            if (text is null) return ArticleReadResult.Fail(where, "missing string field \"text\"", bytes);
            var title = String(root, "title") ?? TitleText.FirstLine(text);
            var published = String(root, "published");
            var date = DateText.Parse(published);
            if (published is not null && date is null) return ArticleReadResult.Fail(where, $"\"published\" is not a date: {published}", bytes);
            return ArticleFactory.Create(where, TitleText.Shorten(title), text, bytes, String(root, "url"), date, String(root, "language"));
        }
        catch (JsonException e)
        {
            // One readable line instead of the parser's text ("'x' is an invalid start of a value. LineNumber: 0 | ...").
            var at = e.BytePositionInLine is { } position ? $" at character {position + 1}" : "";
            return ArticleReadResult.Fail(where, $"not valid JSON{at}; each line must be one JSON object such as {{\"title\": \"...\", \"text\": \"...\"}}", bytes);
        }
        catch (InvalidOperationException e)
        {
            return ArticleReadResult.Fail(where, "invalid field: " + e.Message, bytes);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;
}
