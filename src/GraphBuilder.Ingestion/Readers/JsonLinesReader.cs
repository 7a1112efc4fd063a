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
        var (stream, openError) = Open(path);
        if (stream is null)
        {
            yield return ArticleReadResult.Fail(path, "cannot read file: " + openError);
            yield break;
        }
        using (stream)
        {
            var lines = new BoundedLineReader(stream, (int)Math.Min(int.MaxValue - 1, limits.MaxArticleBytes));
            var lineNumber = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = Next(lines, lineNumber == 0);
                if (next.ReadError is not null) { yield return ArticleReadResult.Fail(path, "cannot read file: " + next.ReadError); yield break; }
                if (next.End) yield break;
                lineNumber++;
                var where = $"{path}:{lineNumber}";
                if (next.TooLong)
                    yield return ArticleReadResult.Fail(where, $"line is over the {limits.MaxArticleBytes:N0}-byte article limit", next.Bytes);
                else if (next.DecodeError is not null)
                    yield return ArticleReadResult.Fail(where, next.DecodeError, next.Bytes);
                else if (!string.IsNullOrWhiteSpace(next.Line))
                    yield return ParseLine(where, next.Line!, next.Bytes);
            }
        }
    }

    private sealed record NextLine(bool End, string? Line, bool TooLong, long Bytes, string? DecodeError, string? ReadError);

    private static NextLine Next(BoundedLineReader lines, bool first)
    {
        try
        {
            var start = lines.Offset;
            if (!lines.ReadLine(out var bytes, out var tooLong, out var seen)) return new NextLine(true, null, false, 0, null, null);
            if (tooLong) return new NextLine(false, null, true, seen, null, null);
            var bom = first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            var (text, error) = StrictUtf8.Decode(bytes[bom..], start + bom);
            return new NextLine(false, text, false, seen, error, null);
        }
        catch (IOException e) { return new NextLine(true, null, false, 0, null, e.Message); }
    }

    private static (Stream? Stream, string? Error) Open(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
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
        catch (FieldException e)
        {
            return ArticleReadResult.Fail(where, e.Message, bytes);
        }
    }

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new FieldException($"field \"{name}\" must be a string, found {value.ValueKind}");
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new FieldException($"field \"{name}\" is not valid text (a \\uD800-\\uDFFF escape without its pair)");
        }
    }

    private sealed class FieldException(string message) : Exception(message);
}
