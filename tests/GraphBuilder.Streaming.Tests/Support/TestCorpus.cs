using System.Text;
using System.Text.Json;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Streaming.Tests.Support;

/// <summary>A JSONL corpus of distinct articles recombined from the repository's seed and test-corpus paragraphs.</summary>
public static class TestCorpus
{
    public static string Write(string path, int articles, int seed = 7)
    {
        var sources = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "corpus"), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        var paragraphs = sources.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 40).ToArray();
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var n = 0; n < articles; n++)
        {
            var text = new StringBuilder();
            var count = 2 + random.Next(4);
            for (var i = 0; i < count; i++) text.Append(paragraphs[random.Next(paragraphs.Length)]).Append('\n');
            text.Append("Nomor ").Append(n).Append('.');
            writer.WriteLine(JsonSerializer.Serialize(new { id = "t-" + n, title = "Artikel " + n, text = text.ToString(), language = "id" }));
        }
        return path;
    }
}
