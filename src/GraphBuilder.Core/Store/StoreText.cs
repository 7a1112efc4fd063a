using System.Text;

namespace GraphBuilder.Core.Store;

/// <summary>
/// How the store writes one string exactly: UTF-8 when the text is valid Unicode, otherwise its raw
/// UTF-16 code units (a lone surrogate from a JSON escape survives the round trip unchanged). The
/// prefix is a 7-bit-encoded <c>byteCount * 2 + kind</c>.
/// </summary>
internal static class StoreText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Write(BinaryWriter writer, string text)
    {
        byte[]? bytes = null;
        try { bytes = Strict.GetBytes(text); }
        catch (EncoderFallbackException) { }
        if (bytes is not null)
        {
            writer.Write7BitEncodedInt64((long)bytes.Length * 2);
            writer.Write(bytes);
            return;
        }
        var raw = System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan());
        writer.Write7BitEncodedInt64((long)raw.Length * 2 + 1);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The article store is written little-endian.");
        writer.Write(raw);
    }

    public static string Read(BinaryReader reader)
    {
        var prefix = reader.Read7BitEncodedInt64();
        var length = prefix / 2;
        if (prefix < 0 || length > int.MaxValue || length > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException($"a string of {length} bytes runs past the end of its record");
        var bytes = reader.ReadBytes((int)length);
        if ((prefix & 1) == 0) return Strict.GetString(bytes);
        if (length % 2 != 0) throw new InvalidDataException("a UTF-16 string has an odd byte count");
        return new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(bytes));
    }
}
