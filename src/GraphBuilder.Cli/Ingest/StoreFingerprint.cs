using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphBuilder.Extraction;

namespace GraphBuilder.Cli.Ingest;

/// <summary>
/// The fingerprint of everything that decides what extraction makes of an article: every file of the
/// ontology directory (relative path and bytes), the <c>Extraction</c> settings other than the ontology's
/// location, and the article size limit. The article store records it, and <c>ingest --into</c> refuses a
/// store whose fingerprint differs, because replaying its records would not give what a full run gives.
/// </summary>
public static class StoreFingerprint
{
    private const string Scheme = "graphbuilder-store-fingerprint/1";

    public static string Of(ExtractionOptions extraction, IngestSettings ingest)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(ingest);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(Scheme);
        // Serialising the whole record picks up any option added later without touching this class.
        Add(JsonSerializer.Serialize(extraction with { OntologyDirectory = "" }));
        Add($"MaxArticleBytes={ingest.MaxArticleBytes}");
        var root = Path.GetFullPath(extraction.OntologyDirectory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            var bytes = File.ReadAllBytes(full);
            Add($"{relative} {bytes.Length}");
            hash.AppendData(bytes);
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
