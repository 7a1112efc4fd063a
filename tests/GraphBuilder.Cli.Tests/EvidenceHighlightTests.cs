using System.Text.Json;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Tests.Browser;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// Evidence spans on the real seeds: the words graph.html highlights are exactly the words of the article
/// the span points at (offsets are relative to the sentence text, in every export).
/// </summary>
public sealed class EvidenceHighlightTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [SkippableFact]
    public async Task Page_EverySeedEvidence_HighlightsTheSpanTextOfTheArticle()
    {
        var pipeline = ExtractionPipelineBuilder.Build(ExtractionData.Load(RepoPaths.Ontology), "id");
        var accumulator = new GraphAccumulator();
        var expected = new Dictionary<(string Article, int Sentence, int Start, int End), string>();
        foreach (var read in ArticleSource.Read([RepoPaths.Seeds]))
        {
            var doc = pipeline.Process(read.Article!);
            accumulator.Add(doc);
            foreach (var r in doc.Relations)
            {
                var e = r.Evidence;
                var sentence = doc.Sentences[e.SentenceIndex].Span;
                Assert.True(e.Span.End <= sentence.Length, $"span {e.Span} is outside sentence {e.SentenceIndex} ({sentence.Length} chars)");
                expected[(e.ArticleId, e.SentenceIndex, e.Span.Start, e.Span.End)] = doc.Text.Substring(sentence.Start + e.Span.Start, e.Span.Length);
            }
        }
        var graph = accumulator.Snapshot();
        HtmlPageExporter.Create().Export(graph, new OutputDirectory(_dir.Path));
        await using var page = await GraphPage.OpenAsync(_dir.File(HtmlPageExporter.FileName));

        var checkedSpans = 0;
        for (var i = 0; i < graph.Relations.Length; i++)
        {
            var shown = JsonSerializer.Deserialize<string[]>(await page.EvalAsync<string>($@"(() => {{
                window.graphBuilder.focusRelation('r{i}');
                return JSON.stringify([...document.querySelectorAll('#details .evidence blockquote')]
                    .map(q => (q.querySelector('mark') || q).textContent));
            }})()"))!;
            // The page embeds a bounded share of the evidence (the rest is counted): check every piece it shows.
            var evidence = PageData.ShownEvidence(graph.Relations[i]);
            Assert.Equal(Math.Min(graph.Relations[i].Evidence.Length, PageData.MaxEvidencePerRelation), shown.Length);
            for (var k = 0; k < evidence.Count; k++)
            {
                var e = evidence[k];
                Assert.Equal(expected[(e.ArticleId, e.SentenceIndex, e.Span.Start, e.Span.End)], shown[k]);
                checkedSpans++;
            }
        }
        Assert.True(checkedSpans >= 50, $"only {checkedSpans} evidence spans in the seeds");
        Assert.Empty(page.ConsoleProblems);
    }

    public void Dispose() => _dir.Dispose();
}
