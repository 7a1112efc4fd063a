using System.Text;
using System.Text.Json;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Writes a JSONL corpus of the requested size by recombining the seed articles' paragraphs
/// (every article distinct, so nothing is skipped as a duplicate). Deterministic for a given size.
/// </summary>
public static class SyntheticCorpus
{
    public static string Write(string seedsDirectory, long targetBytes, string path)
    {
        var paragraphs = Directory.EnumerateFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f)).Where(l => l.Trim().Length > 40).ToArray();
        if (paragraphs.Length == 0) throw new InvalidOperationException("no seed paragraphs in " + seedsDirectory);
        var random = new Random(42);
        long written = 0;
        var n = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        while (written < targetBytes)
        {
            var text = new StringBuilder();
            var count = 6 + random.Next(10);
            for (var i = 0; i < count; i++) text.Append(paragraphs[random.Next(paragraphs.Length)]).Append('\n');
            text.Append("Nomor ").Append(n).Append('.');
            var line = JsonSerializer.Serialize(new { id = "synthetic-" + n, title = "Artikel " + n, text = text.ToString(), language = "id" });
            writer.WriteLine(line);
            written += Encoding.UTF8.GetByteCount(line) + 1;
            n++;
        }
        return path;
    }
}
