using System.Globalization;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The page past 100 entities: `ingest` of the seeds and tests/corpus (about 130 entities, 150 relations) opened in
/// headless Chromium. The first view must be readable, a click must focus a neighbourhood, and no edge may run
/// under an entity it does not connect. The screenshot is docs/images/corpus-graph.png; times are printed.
/// </summary>
public sealed class CorpusGraphPageTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    private async Task<GraphPage> OpenAsync()
    {
        var ingest = CliRunner.Run("ingest", RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "tests", "corpus"), "--out", _dir.Path, "--formats", "html", "--no-progress");
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        var page = await GraphPage.OpenAsync(_dir.File("graph.html"));
        var ready = await page.EvalAsync<double>("performance.now()");
        output.WriteLine($"corpus page: {await page.NodeCountAsync()} entities, {await page.EdgeCountAsync()} relations; ready (layout done) {ready:F0} ms after navigation start");
        output.WriteLine("page timings (ms): " + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.timings)"));
        output.WriteLine("first view: " + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.firstView)"));
        return page;
    }

    [SkippableFact]
    public async Task Open_CorpusGraph_FirstViewIsReadableAndShowsTheMostConnectedPart()
    {
        await using var page = await OpenAsync();
        Assert.True(await page.NodeCountAsync() > 100, "the corpus graph should have more than 100 entities");

        // Labels (12 px) are drawn at 9 px or more, and the best-connected entity is in the view.
        var zoom = await page.EvalAsync<double>("window.graphBuilder.cy.zoom()");
        Assert.True(zoom * 12 >= 9, $"labels drawn at {zoom * 12:F1} px");
        var hubInView = await page.EvalAsync<bool>(@"(() => {
            const cy = window.graphBuilder.cy;
            const hub = cy.nodes().max(n => n.degree()).ele;
            const p = hub.renderedPosition();
            return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height(); })()");
        Assert.True(hubInView, "the most connected entity is in the first view");
        var inView = await page.EvalAsync<int>(@"(() => {
            const cy = window.graphBuilder.cy; const e = cy.extent();
            return cy.nodes().filter(n => { const p = n.position(); return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2; }).length; })()");
        Assert.True(inView >= 10, $"only {inView} entities in the first view");
        // Edges do not pass under entities they do not connect.
        Assert.Empty(await page.EvalAsync<string[]>("window.graphBuilder.edgeOverlaps()"));
        Assert.Empty(page.ConsoleProblems);

        var screenshot = Path.Combine(RepoPaths.Root, "docs", "images", "corpus-graph.png");
        await page.Page.ScreenshotAsync(new() { Path = screenshot });
    }

    [SkippableFact]
    public async Task ClickNode_CorpusHub_FocusesItsNeighbourhoodReadably()
    {
        await using var page = await OpenAsync();
        var hub = await page.EvalAsync<string>("window.graphBuilder.cy.nodes().max(n => n.degree()).ele.id()");

        await page.ClickElementAsync(hub);
        await page.Page.WaitForSelectorAsync($"body[data-focused='{hub}']", new() { State = WaitForSelectorState.Attached });

        var degree = await page.EvalAsync<int>($"window.graphBuilder.cy.getElementById('{hub}').neighborhood('node').length");
        Assert.Equal(degree + 1, await page.EvalAsync<int>("window.graphBuilder.cy.nodes('.focused').length"));
        Assert.Equal(await page.NodeCountAsync() - degree - 1, await page.EvalAsync<int>("window.graphBuilder.cy.nodes('.faded').length"));
        Assert.True(await page.EvalAsync<bool>(
            "(() => { const cy = window.graphBuilder.cy; const b = cy.nodes('.focused').renderedBoundingBox(); return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= cy.width() + 1 && b.y2 <= cy.height() + 1; })()"),
            "the neighbourhood fits the view");
        var name = await page.Page.Locator("#details h2").InnerTextAsync();
        output.WriteLine($"focused {hub} ({name}), {degree} neighbours, zoom {(await page.EvalAsync<double>("window.graphBuilder.cy.zoom()")).ToString("F2", CultureInfo.InvariantCulture)}");
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "images", "corpus-graph-focus.png") });
    }

    public void Dispose() => _dir.Dispose();
}
