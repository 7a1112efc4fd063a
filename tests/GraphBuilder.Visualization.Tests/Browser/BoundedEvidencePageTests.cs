using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Tests.Html;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>A relation with more evidence than the page embeds: what the reader sees and is told.</summary>
public sealed class BoundedEvidencePageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [SkippableFact]
    public async Task Relation_WithThirtySentences_ShowsTheBoundSaysHowManyMoreAndKeepsEveryDate()
    {
        HtmlPageExporter.Create().Export(PageDataTests.OneRelationIn(30), new OutputDirectory(_dir.Path));
        await using var page = await GraphPage.OpenAsync(_dir.File(HtmlPageExporter.FileName));

        var shown = await page.EvalAsync<int>("(() => { window.graphBuilder.focusRelation('r0'); return document.querySelectorAll('#details .evidence blockquote').length; })()");
        var details = await page.Page.Locator("#details").InnerTextAsync();

        Assert.Equal(PageData.MaxEvidencePerRelation, shown);
        Assert.Contains($"Showing the {PageData.MaxEvidencePerRelation} most confident (in article order) of 30 sentences; all of them are in graph.json and in Neo4j.", details);
        Assert.Contains("from 30 sentences in 30 article(s)", details);
        Assert.Equal("2024-01-01 – 2024-01-30", await page.Page.Locator("#date-range").InnerTextAsync());
        Assert.Empty(page.ConsoleProblems);
    }

    public void Dispose() => _dir.Dispose();
}
