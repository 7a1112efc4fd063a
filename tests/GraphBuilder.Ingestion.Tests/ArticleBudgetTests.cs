using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class ArticleBudgetTests
{
    /// <summary>Slow only for articles that say "SLOW"; records which steps ran.</summary>
    private sealed class Step(string name, List<string> log) : IDocumentComponent
    {
        public string Name => name;

        public Document Process(Document d)
        {
            lock (log) log.Add($"{name}:{d.Article.Title}");
            if (d.Article.Text.Contains("SLOW")) Thread.Sleep(300);
            return d;
        }
    }

    [Fact]
    public void Run_ArticleOverItsBudget_IsSkippedWithAClearErrorAndTheOthersAreRead()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "a\nBiasa.");
        dir.Write("slow.txt", "slow\nSLOW SLOW.");
        dir.Write("z.txt", "z\nBiasa juga.");
        var log = new List<string>();
        var pipeline = new DocumentPipeline([new Step("one", log), new Step("two", log), new Step("three", log)]);
        var processor = new CorpusProcessor(pipeline, new ArticleSource(), maxParallelism: 2) { ArticleTimeBudget = TimeSpan.FromMilliseconds(100) };

        var report = processor.Run([dir.Path]);

        Assert.Equal(2, report.ArticlesRead);
        var error = Assert.Single(report.Errors);
        Assert.Contains("slow.txt", error);
        Assert.Contains("per-article budget", error);
        Assert.Contains("one:slow", log);
        Assert.DoesNotContain("two:slow", log); // abandoned after the step that spent the budget
    }
}
