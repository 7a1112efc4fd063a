using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using Microsoft.Playwright;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>Hostile article text (script tags, onerror attributes, quotes, control characters) must render as text.</summary>
public sealed class TortureGraphPageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [SkippableFact]
    public async Task Open_TortureGraph_ExecutesNoInjectedScriptAndShowsTextLiterally()
    {
        var graph = TestGraphs.Torture();
        HtmlPageExporter.Create().Export(graph, new OutputDirectory(_dir.Path));
        var path = _dir.File(HtmlPageExporter.FileName);
        await using var page = await GraphPage.OpenAsync(path);

        Assert.Equal(graph.Entities.Length, await page.NodeCountAsync());
        Assert.Equal(graph.Relations.Length, await page.EdgeCountAsync());

        // Open every entity's and every relation's details, so every name, alias and sentence reaches the DOM.
        foreach (var entity in graph.Entities)
        {
            await page.EvalAsync<object>($"window.graphBuilder.focusEntity({System.Text.Json.JsonSerializer.Serialize(entity.Id)})");
        }
        for (var i = 0; i < graph.Relations.Length; i++)
        {
            await page.EvalAsync<object>($"window.graphBuilder.focusRelation('r{i}')");
            var sentence = graph.Relations[i].Evidence[0].SentenceText;
            if (sentence.Contains('<', StringComparison.Ordinal))
            {
                Assert.Contains(sentence, await page.Page.Locator("#details blockquote").First.TextContentAsync() ?? "");
            }
        }
        await page.EvalAsync<object>("window.graphBuilder.focusEntity('person/nasty-4')");
        await Assertions.Expect(page.Page.Locator("#details h2")).ToHaveTextAsync("<script>alert(1)</script>");
        await page.Page.Locator("#search").FillAsync("onerror");
        await Assertions.Expect(page.Page.Locator("#search-results button").First).ToContainTextAsync("\"><img src=x onerror=alert(2)>");

        Assert.Empty(page.Dialogs);
        Assert.Equal(0, await page.Page.Locator("#details img, #search-results img, #details script, #sidebar img").CountAsync());
        Assert.Empty(page.ExternalRequests(path));
        Assert.Empty(page.ConsoleProblems);
    }

    public void Dispose() => _dir.Dispose();
}
