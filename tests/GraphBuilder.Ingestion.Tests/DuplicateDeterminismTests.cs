using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class DuplicateDeterminismTests
{
    /// <summary>Takes a text-dependent, varying time, so copies finish in a different order on every run.</summary>
    private sealed class Jitter : IDocumentComponent
    {
        public string Name => "jitter";

        public Document Process(Document d)
        {
            Thread.Sleep(Random.Shared.Next(0, 4));
            return d with { Sentences = [new Sentence(0, new TextSpan(0, d.Text.Length), 0, 0)] };
        }
    }

    [Fact]
    public void Run_RepublishedCopiesAtParallelism8_KeepsFirstCopyWholeEveryTime()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 30; i++)
        {
            // Three copies of one text, each with its own title, URL and date (a republished article).
            for (var copy = 0; copy < 3; copy++)
                dir.Write($"c{copy}/a{i:D2}.md", $"---\ntitle: copy {copy} of {i}\nurl: https://example.org/{copy}/{i}\ndate: 2024-0{copy + 1}-1{copy}\n---\nTeks artikel nomor {i}.\n");
        }
        var processor = new CorpusProcessor(new DocumentPipeline([new Jitter()]), new ArticleSource(), maxParallelism: 8);

        for (var run = 0; run < 5; run++)
        {
            var report = processor.Run([dir.Path]);

            Assert.Equal(30, report.ArticlesRead);
            Assert.Equal(60, report.DuplicateArticles);
            foreach (var article in report.Graph.Articles)
            {
                // Every field comes from the first copy in reading order (c0/...), none from another copy.
                Assert.StartsWith("copy 0 of ", article.Title);
                Assert.Contains(Path.Combine("c0", "a"), article.SourcePath);
                Assert.StartsWith("https://example.org/0/", article.Url);
                Assert.Equal(new DateOnly(2024, 1, 10), article.Published);
            }
        }
    }
}
