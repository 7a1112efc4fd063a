using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

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

    internal static readonly byte[] Magic = "GBSTORE\n"u8.ToArray();
    internal static readonly byte[] EndMagic = "GBEND\n"u8.ToArray();

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
    public static (StoreContents? Contents, string? Error) Read(string path, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(predicates);
        if (!File.Exists(path)) return (null, $"{path}: not found");
        try
        {
            using var reader = new StoreFileReader(path);
            var records = new List<ArticleContribution>(Math.Min(reader.Count, 1 << 20));
            while (reader.Next() is { } bytes) records.Add(Decode(bytes, reader.Position, predicates));
            return (new StoreContents(reader.Fingerprint, [.. records]), null);
        }
        catch (StoreFormatException e)
        {
            return (null, $"{path}: {e.Message}");
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

    private static ArticleContribution Decode(byte[] bytes, string position, PredicateInventory predicates)
    {
        try
        {
            return ContributionReader.Decode(bytes, predicates);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException or DecoderFallbackException or OverflowException)
        {
            throw new InvalidDataException($"{position} does not decode: {e.Message}", e);
        }
    }
}
