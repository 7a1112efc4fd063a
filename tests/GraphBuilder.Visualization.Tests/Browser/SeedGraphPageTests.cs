using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using Xunit.Abstractions;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>The seed-like graph's page in real headless Chromium: counts, evidence, filters, search.</summary>
public sealed class SeedGraphPageTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Export(KnowledgeGraph graph)
    {
        new HtmlPageExporter().Export(graph, new OutputDirectory(_dir.Path));
        return _dir.File(HtmlPageExporter.FileName);
    }

    [SkippableFact]
    public async Task Open_SeedLikeGraph_RendersEveryEntityAndRelation()
    {
        var graph = TestGraphs.SeedLike();
        var path = Export(graph);
        await using var page = await GraphPage.OpenAsync(path);

        Assert.Equal(graph.Entities.Length, await page.NodeCountAsync());
        Assert.Equal(graph.Relations.Length, await page.EdgeCountAsync());
        Assert.Equal((graph.Entities.Length, graph.Relations.Length), await page.VisibleCountsAsync());
        output.WriteLine("layout ms: " + await page.EvalAsync<int>("window.graphBuilder.layoutMs"));
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "seed-like.png") });
        Assert.Empty(page.ConsoleProblems);
        Assert.Empty(page.ExternalRequests(path));
    }

    public void Dispose() => _dir.Dispose();
}
