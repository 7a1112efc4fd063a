using System.Text;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>Strict UTF-8 decoding with one error message for every reader: "not valid UTF-8 at byte N".</summary>
internal static class StrictUtf8
{
    private static readonly Encoding Encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="fileOffset"/> is where they start in the file, for the message.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes, long fileOffset)
    {
        try
        {
            return (Encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, Message(fileOffset + Math.Max(0, e.Index)));
        }
    }

    public static string Message(long byteOffset) => $"not valid UTF-8 at byte {byteOffset}";
}
