using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>Shared checks for one-article-per-file formats: size limit, binary detection, UTF-8 decoding.</summary>
internal static class TextFile
{
    /// <summary>Reads one article file as text, or returns why it cannot be used.</summary>
    public static (string? Text, string? Error, long Bytes) Read(string path, ReaderLimits limits)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read file: " + e.Message, 0);
        }
        if (length > limits.MaxArticleBytes)
            return (null, $"file is {length:N0} bytes, over the {limits.MaxArticleBytes:N0}-byte article limit (split it or use .jsonl)", length);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read file: " + e.Message, length);
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "binary content (NUL bytes); expected UTF-8 text", length);
        var offset = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var (text, error) = StrictUtf8.Decode(bytes.AsSpan(offset), offset);
        return (text, error, length);
    }
}
