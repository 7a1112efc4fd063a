using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;

namespace GraphBuilder.Core.Output;

/// <summary>
/// The list of files (size and SHA-256) that one complete run wrote into an output directory,
/// stored as <see cref="FileName"/>. Before a new set is switched in it is replaced by an "incomplete"
/// marker, and it is written in full last, after every file is in place; so a directory whose
/// manifest is incomplete, or whose files do not match it, is not a complete output set. Commands that
/// read an output directory (`load neo4j`, `publish`, `visualize`) call <see cref="Verify"/> first.
/// A directory with no manifest at all was not written by ingest (made by hand or by an older
/// version): it is read unchecked, with a warning.
/// </summary>
public sealed record OutputManifest(ImmutableArray<OutputManifest.Entry> Files)
{
    /// <summary>The outcome of <see cref="Verify"/>: an error (do not read) or a warning (read, but say so).</summary>
    public readonly record struct Check(string? Error, string? Warning)
    {
        public bool Ok => Error is null;
    }

    public const string FileName = "graphbuilder-manifest.json";
    private const string FormatName = "graphbuilder-output/1";

    /// <summary>One file of the set, by path relative to the directory ('/' separated).</summary>
    public sealed record Entry(string Path, long Bytes, string Sha256);

    /// <summary>
    /// Checks that every one of <paramref name="files"/> (relative paths) belongs to the last complete run
    /// written into <paramref name="directory"/> and is unchanged. Returns null when they do, otherwise a
    /// one-line reason for the user.
    /// </summary>
    public static Check Verify(string directory, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        if (!File.Exists(System.IO.Path.Combine(directory, FileName)))
            return new Check(null, $"{directory} has no {FileName} (not written by ingest); its files are read unchecked");
        var (manifest, error) = TryRead(directory);
        return new Check(manifest is null ? error : Mismatch(manifest, directory, files), null);
    }

    private static string? Mismatch(OutputManifest manifest, string directory, IEnumerable<string> files)
    {
        var entries = manifest.Files.ToDictionary(e => e.Path, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var key = Normalize(file);
            var path = System.IO.Path.Combine(directory, key);
            if (!entries.TryGetValue(key, out var entry))
                return $"{path}: not part of the last complete ingest run in {directory} (see {FileName}); run ingest again with this format";
            if (!File.Exists(path)) return $"{path}: missing, although the last ingest run wrote it; run ingest again";
            var actual = Describe(path, key);
            if (actual.Bytes != entry.Bytes || actual.Sha256 != entry.Sha256)
                return $"{path}: changed since ingest wrote it (size or checksum differs from {FileName}); run ingest again";
        }
        return null;
    }

    /// <summary>Reads the manifest of <paramref name="directory"/>, or why there is none.</summary>
    public static (OutputManifest? Manifest, string? Error) TryRead(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path)) return (null, $"{path}: not found");
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("complete", out var complete) && complete.ValueKind == JsonValueKind.False)
                return (null, $"{directory}: the last ingest was interrupted while switching its files in, so the output set is incomplete; run ingest again");
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != FormatName
                || !root.TryGetProperty("files", out var list) || list.ValueKind != JsonValueKind.Array)
                return (null, $"{path}: not a GraphBuilder manifest; run ingest again");
            var entries = list.EnumerateArray().Select(e => new Entry(
                e.GetProperty("path").GetString()!, e.GetProperty("bytes").GetInt64(), e.GetProperty("sha256").GetString()!)).ToImmutableArray();
            return (new OutputManifest(entries), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IOException)
        {
            return (null, $"{path}: unreadable manifest ({e.GetType().Name}); run ingest again");
        }
    }

    /// <summary>Size and SHA-256 of a file, as a manifest entry.</summary>
    public static Entry Describe(string fullPath, string relativePath)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var hash = SHA256.HashData(stream);
        return new Entry(Normalize(relativePath), stream.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>This manifest with <paramref name="entries"/> added or replacing entries of the same path.</summary>
    public OutputManifest With(IEnumerable<Entry> entries)
    {
        var map = Files.ToDictionary(e => e.Path, StringComparer.Ordinal);
        foreach (var entry in entries) map[entry.Path] = entry;
        return new OutputManifest([.. map.Values.OrderBy(e => e.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Writes the marker that stands for the manifest while a new set is being switched in.</summary>
    public static void WriteIncomplete(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"{{\n  \"format\": \"{FormatName}\",\n  \"complete\": false\n}}\n");
    }

    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var options = new JsonWriterOptions { Indented = true };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteStartArray("files");
            foreach (var e in Files.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", e.Path);
                json.WriteNumber("bytes", e.Bytes);
                json.WriteString("sha256", e.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.Write(OutputDirectory.Utf8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static string Normalize(string relative) => relative.Replace('\\', '/');
}
