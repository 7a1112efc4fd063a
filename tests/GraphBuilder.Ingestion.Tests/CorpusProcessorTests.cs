using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class CorpusProcessorTests
{
    /// <summary>Marks each document with one sentence so counts are observable.</summary>
    private sealed class OneSentence : IDocumentComponent
    {
        public string Name => "one-sentence";
        public Document Process(Document d) =>
            d.Article.Text.Contains("CRASH") ? throw new InvalidOperationException("boom")
            : d with { Sentences = [new Sentence(0, new TextSpan(0, d.Text.Length), 0, 0)] };
    }

    [Fact]
    public void Run_ParallelWithBadAndDuplicateInputs_CountsEachAndContinues()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 40; i++) dir.Write($"a{i:D2}.txt", "Artikel nomor " + i);
        dir.Write("copy.txt", "Artikel nomor 7");
        dir.Write("crash.txt", "CRASH here");
        File.WriteAllBytes(dir.File("bin.txt"), [0, 1, 2]);
        var processor = new CorpusProcessor(new DocumentPipeline([new OneSentence()]), new ArticleSource(), maxParallelism: 4);
        var progressCalls = 0;
        processor.Progress += _ => Interlocked.Increment(ref progressCalls);

        var report = processor.Run([dir.Path]);

        Assert.Equal(40, report.ArticlesRead);
        Assert.Equal(1, report.DuplicateArticles);
        Assert.Equal(40, report.Sentences);
        Assert.Equal(43, progressCalls);
        Assert.Equal(2, report.Errors.Length);
        Assert.Contains(report.Errors, e => e.Contains("bin.txt") && e.Contains("binary"));
        Assert.Contains(report.Errors, e => e.Contains("crash.txt") && e.Contains("extraction failed") && e.Contains("boom"));
        Assert.Equal(dir.File("a07.txt"), report.Graph.Articles.Single(a => a.Title == "Artikel nomor 7").SourcePath);
    }
}
