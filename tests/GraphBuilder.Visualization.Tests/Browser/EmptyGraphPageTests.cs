using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using Microsoft.Playwright;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>A run that extracted nothing still gets a page that says so, rather than a blank or broken one.</summary>
public sealed class EmptyGraphPageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [SkippableFact]
    public async Task Open_EmptyGraph_SaysSoWithoutErrors()
    {
        HtmlPageExporter.Create().Export(KnowledgeGraph.Empty, new OutputDirectory(_dir.Path));
        await using var page = await GraphPage.OpenAsync(_dir.File(HtmlPageExporter.FileName));

        Assert.Equal(0, await page.NodeCountAsync());
        await Assertions.Expect(page.Page.Locator("#details")).ToContainTextAsync("The graph is empty");
        await Assertions.Expect(page.Page.Locator("#status")).ToContainTextAsync("Showing 0 of 0 entities");
        Assert.Empty(page.ConsoleProblems);
    }

    public void Dispose() => _dir.Dispose();
}
