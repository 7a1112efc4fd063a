using System.Diagnostics;
using System.Text.Json;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Layout;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>
/// Benchmark-style check of a generated 5,000-node graph in headless Chromium: it must render every
/// element where the exporter placed it, with no errors, and stay usable (search focus, labels when
/// zoomed in, direction of a hovered edge). Export and page times are printed, not asserted: timing
/// is for benchmarks.
/// </summary>
public sealed class LargeGraphPageTests(ITestOutputHelper output) : IDisposable
{
    private static readonly KnowledgeGraph Graph = GeneratedGraphs.PreferentialAttachment(5000, 2);
    private readonly TempDirectory _dir = new();

    private async Task<GraphPage> OpenAsync()
    {
        var clock = Stopwatch.StartNew();
        HtmlPageExporter.Create().Export(Graph, new OutputDirectory(_dir.Path));
        var exportMs = clock.ElapsedMilliseconds;
        var path = _dir.File(HtmlPageExporter.FileName);
        clock.Restart();
        var page = await GraphPage.OpenAsync(path, timeoutMs: 600_000);
        var openMs = clock.ElapsedMilliseconds;
        var readyMs = await page.EvalAsync<double>("performance.now()");
        output.WriteLine($"5000-node graph: {Graph.Entities.Length} nodes, {Graph.Relations.Length} edges, html {new FileInfo(path).Length / 1024} KiB; export (incl. layout) {exportMs} ms");
        output.WriteLine("page timings (ms after navigation start): " + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.timings)"));
        output.WriteLine($"page ready {readyMs:F0} ms after navigation start; open+settle incl. browser start {openMs} ms");
        return page;
    }

    [SkippableFact]
    public async Task Open_FiveThousandNodes_RendersAllWhereTheExporterPlacedThem()
    {
        await using var page = await OpenAsync();
        var path = _dir.File(HtmlPageExporter.FileName);

        Assert.Equal(Graph.Entities.Length, await page.NodeCountAsync());
        Assert.Equal(Graph.Relations.Length, await page.EdgeCountAsync());
        var expected = JsonSerializer.Deserialize<double[]>(PrecomputedLayout.ToJson(Graph))!;
        var placed = await page.EvalAsync<double[]>("window.graphBuilder.cy.nodes().map(n => [n.position('x'), n.position('y')]).flat()");
        Assert.Equal(expected, placed);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "images", "large-graph.png") });
        Assert.Empty(page.ConsoleProblems);
        Assert.Empty(page.ExternalRequests(path));
    }

    [SkippableFact]
    public async Task Open_FiveThousandNodes_FirstViewShowsTheHubWithReadableNames()
    {
        await using var page = await OpenAsync();

        output.WriteLine("first view: " + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.firstView)"));
        Assert.True(await page.EvalAsync<double>("window.graphBuilder.cy.zoom()") >= 0.8, "the first view is zoomed in far enough to read names");
        var hub = await page.EvalAsync<string>("window.graphBuilder.cy.nodes().max(n => n.degree()).ele.id()");
        Assert.True(await page.EvalAsync<bool>($@"(() => {{ const cy = window.graphBuilder.cy; const p = cy.getElementById('{hub}').renderedPosition();
            return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height(); }})()"), "the best-connected entity is in view");
        Assert.NotEqual("", await page.EvalAsync<string>($"window.graphBuilder.cy.getElementById('{hub}').style('label')"));
        Assert.Empty(page.ConsoleProblems);
    }

    [SkippableFact]
    public async Task Focus_EntityInLargeGraph_ZoomsInAndShowsNodeLabels()
    {
        await using var page = await OpenAsync();
        var id = Graph.Entities[1234].Id;

        await page.EvalAsync<object>($"window.graphBuilder.focusEntity('{id}')");
        await page.Page.WaitForSelectorAsync($"body[data-focused='{id}']", new() { State = WaitForSelectorState.Attached });

        Assert.True(await page.EvalAsync<double>("window.graphBuilder.cy.zoom()") >= 0.8, "zoomed in far enough to read names");
        Assert.Equal(Graph.Entities[1234].Name, await page.EvalAsync<string>($"window.graphBuilder.cy.getElementById('{id}').style('label')"));
        var neighbour = await page.EvalAsync<string>($"window.graphBuilder.cy.getElementById('{id}').neighborhood('node')[0].id()");
        Assert.NotEqual("", await page.EvalAsync<string>($"window.graphBuilder.cy.getElementById('{neighbour}').style('label')"));
        Assert.Empty(page.ConsoleProblems);
    }

    [SkippableFact]
    public async Task Hover_DirectedEdgeInLargeGraph_ShowsItsArrow()
    {
        await using var page = await OpenAsync();
        var index = Graph.Relations.ToList().FindIndex(r => !r.Predicate.IsSymmetric);

        Assert.Equal("none", await page.EvalAsync<string>($"window.graphBuilder.cy.getElementById('r{index}').style('target-arrow-shape')"));
        await page.EvalAsync<object>($"window.graphBuilder.cy.getElementById('r{index}').emit('mouseover')");

        Assert.Equal("triangle", await page.EvalAsync<string>($"window.graphBuilder.cy.getElementById('r{index}').style('target-arrow-shape')"));
    }

    public void Dispose() => _dir.Dispose();
}
