using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;

namespace GraphBuilder.Benchmarks;

/// <summary>Inputs of <see cref="ExtractionBenchmarks"/>: the repository root and a deterministic seed-like corpus.</summary>
public static class ExtractionBenchmarkData
{
    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GraphBuilder.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Articles of 6-15 seed paragraphs drawn with a fixed seed until <paramref name="targetChars"/> characters.</summary>
    public static List<Article> SyntheticCorpus(IEnumerable<string> seedTexts, int targetChars)
    {
        var paragraphs = seedTexts.SelectMany(t => t.Split('\n')).Where(l => l.Trim().Length > 40).ToArray();
        var random = new Random(7);
        var articles = new List<Article>();
        var total = 0;
        while (total < targetChars)
        {
            var count = 6 + random.Next(10);
            var text = string.Join('\n', Enumerable.Range(0, count).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
            articles.Add(new Article(ContentHash.ArticleId(text), "synthetic", text, $"synthetic-{articles.Count}.txt"));
            total += text.Length;
        }
        return articles;
    }
}
