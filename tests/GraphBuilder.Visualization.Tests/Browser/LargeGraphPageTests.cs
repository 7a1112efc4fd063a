using System.Diagnostics;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using Xunit.Abstractions;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>
/// Benchmark-style check of a generated 5,000-node graph in headless Chromium: it must render every
/// element with no errors; the load and layout times are printed (not asserted: timing is for benchmarks).
/// </summary>
public sealed class LargeGraphPageTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [SkippableFact]
    public async Task Open_FiveThousandNodes_RendersAllAndReportsTime()
    {
        var graph = GeneratedGraphs.PreferentialAttachment(5000, 2);
        new HtmlPageExporter().Export(graph, new OutputDirectory(_dir.Path));
        var path = _dir.File(HtmlPageExporter.FileName);

        var clock = Stopwatch.StartNew();
        await using var page = await GraphPage.OpenAsync(path, timeoutMs: 600_000);
        var openMs = clock.ElapsedMilliseconds;

        Assert.Equal(graph.Entities.Length, await page.NodeCountAsync());
        Assert.Equal(graph.Relations.Length, await page.EdgeCountAsync());
        var layoutMs = await page.EvalAsync<int>("window.graphBuilder.layoutMs");
        var loadMs = await page.EvalAsync<double>("performance.now()");
        output.WriteLine($"5000-node graph: {graph.Entities.Length} nodes, {graph.Relations.Length} edges, html {new FileInfo(path).Length / 1024} KiB");
        output.WriteLine("timings: " + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.timings)"));
        output.WriteLine($"layout (fcose) {layoutMs} ms; page ready {loadMs:F0} ms after navigation start; open+settle incl. browser start {openMs} ms");
        await page.Page.ScreenshotAsync(new() { Path = _dir.File("graph-5000.png") });
        Assert.Empty(page.ConsoleProblems);
        Assert.Empty(page.ExternalRequests(path));
    }

    public void Dispose() => _dir.Dispose();
}
