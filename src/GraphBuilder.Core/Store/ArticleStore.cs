using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Store;

/// <summary>
/// The per-article record store that <c>ingest</c> writes beside its exports (<see cref="FileName"/>), so that
/// <c>ingest NEW --into DIR</c> can replay the old articles instead of extracting them again. Layout
/// (little-endian, version <see cref="FormatVersion"/>): the magic line <c>GBSTORE\n</c>, the format version,
/// the fingerprint of the ontology and settings that made it, the record count, then one length-prefixed
/// <see cref="ContributionWriter"/> record per article in ordinal article-id order, then <c>GBEND\n</c> and the
/// SHA-256 of every byte before it. The same articles always give the same bytes.
/// </summary>
public static class ArticleStore
{
    public const string FileName = "articles.gbstore";
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "GBSTORE\n"u8.ToArray();
    private static readonly byte[] EndMagic = "GBEND\n"u8.ToArray();

    /// <summary>Writes the records (sorted here by article id) with the fingerprint of what made them.</summary>
    public static void Write(Stream stream, string fingerprint, IEnumerable<ArticleContribution> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sorted = records.OrderBy(r => r.Article.Id, StringComparer.Ordinal).ToList();
        Write(stream, fingerprint, sorted.Count, sorted.Select(ContributionWriter.Encode));
    }

    /// <summary>Writes the store from a spill: its <see cref="RecordSpill.Merge"/> is already in article-id order.</summary>
    public static void Write(Stream stream, string fingerprint, RecordSpill spill)
    {
        ArgumentNullException.ThrowIfNull(spill);
        Write(stream, fingerprint, spill.Count, spill.Merge());
    }

    private static void Write(Stream stream, string fingerprint, int count, IEnumerable<byte[]> encoded)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fingerprint);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        void Flush()
        {
            writer.Flush();
            hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
            stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            buffer.SetLength(0);
        }
        writer.Write(Magic);
        writer.Write(FormatVersion);
        StoreText.Write(writer, fingerprint);
        writer.Write(count);
        var written = 0;
        foreach (var bytes in encoded)
        {
            writer.Write(bytes.Length);
            writer.Write(bytes);
            written++;
            if (buffer.Length > 1 << 16) Flush();
        }
        if (written != count) throw new InvalidOperationException($"The store header says {count} records but {written} were written.");
        writer.Write(EndMagic);
        Flush();
        stream.Write(hash.GetHashAndReset());
    }

    /// <summary>
    /// Reads a store, or says in one line why it cannot be used: missing, not a store, another format
    /// version, or damaged (truncated, checksum mismatch, a record that does not decode).
    /// </summary>
    public static (StoreContents? Contents, string? Error) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return (null, $"{path}: not found");
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var hashing = new HashingReadStream(file);
            using var reader = new BinaryReader(hashing, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) return (null, $"{path}: not a GraphBuilder article store");
            var version = reader.ReadInt32();
            if (version != FormatVersion)
                return (null, $"{path}: article store format version {version}, but this GraphBuilder reads version {FormatVersion}; run a full ingest to rebuild it");
            var fingerprint = StoreText.Read(reader);
            var count = reader.ReadInt32();
            if (count < 0) throw new InvalidDataException($"negative record count {count}");
            var records = new List<ArticleContribution>(Math.Min(count, 1 << 20));
            for (var i = 0; i < count; i++)
            {
                var length = reader.ReadInt32();
                if (length < 0 || length > file.Length - file.Position) throw new InvalidDataException($"record {i + 1} of {count} runs past the end of the file");
                var bytes = reader.ReadBytes(length);
                records.Add(Decode(bytes, i, count));
            }
            if (!reader.ReadBytes(EndMagic.Length).AsSpan().SequenceEqual(EndMagic)) throw new InvalidDataException("no end marker after the last record");
            var expected = hashing.Hash();
            var stored = reader.ReadBytes(expected.Length);
            if (!stored.AsSpan().SequenceEqual(expected)) throw new InvalidDataException("checksum mismatch");
            if (file.Position != file.Length) throw new InvalidDataException("bytes after the checksum");
            return (new StoreContents(fingerprint, [.. records]), null);
        }
        catch (Exception e) when (e is EndOfStreamException)
        {
            return (null, $"{path}: damaged article store (truncated); run a full ingest to rebuild it");
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            return (null, $"{path}: damaged article store ({e.Message}); run a full ingest to rebuild it");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read the article store: {e.Message}");
        }
    }

    private static ArticleContribution Decode(byte[] bytes, int index, int count)
    {
        try
        {
            return ContributionReader.Decode(bytes);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException or DecoderFallbackException or OverflowException)
        {
            throw new InvalidDataException($"record {index + 1} of {count} does not decode: {e.Message}", e);
        }
    }
}
