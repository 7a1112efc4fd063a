using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using Microsoft.Playwright;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>The seed-like graph's page in real headless Chromium, used the way an analyst would.</summary>
public sealed class SeedGraphPageTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly KnowledgeGraph _graph = TestGraphs.SeedLike();

    private async Task<GraphPage> OpenAsync()
    {
        HtmlPageExporter.Create().Export(_graph, new OutputDirectory(_dir.Path));
        return await GraphPage.OpenAsync(_dir.File(HtmlPageExporter.FileName));
    }

    [SkippableFact]
    public async Task Open_SeedLikeGraph_RendersEveryEntityAndRelationOfflineWithoutErrors()
    {
        await using var page = await OpenAsync();

        Assert.Equal(_graph.Entities.Length, await page.NodeCountAsync());
        Assert.Equal(_graph.Relations.Length, await page.EdgeCountAsync());
        Assert.Equal((_graph.Entities.Length, _graph.Relations.Length), await page.VisibleCountsAsync());
        Assert.Equal(5, await page.Page.Locator("#filter-classes input, #filter-relations input").CountAsync() - 1);
        await page.Page.ScreenshotAsync(new() { Path = _dir.File("seed-like.png") });
        Assert.True(new FileInfo(_dir.File("seed-like.png")).Length > 10_000);
        Assert.Empty(page.ConsoleProblems);
        Assert.Empty(page.ExternalRequests(_dir.File(HtmlPageExporter.FileName)));
    }

    [SkippableFact]
    public async Task ClickEdge_LeaderOf_ShowsSentenceArticleDateAndEntities()
    {
        await using var page = await OpenAsync();
        var index = _graph.Relations.IndexOf(_graph.Relations.Single(r => r.Predicate == Predicate.LeaderOf));

        await page.ClickElementAsync("r" + index);

        var details = page.Page.Locator("#details");
        await Assertions.Expect(details).ToContainTextAsync("Kim Jong Un adalah pemimpin Korea Utara.");
        var text = await details.InnerTextAsync();
        Assert.Contains("Korea Utara dukung Rusia", text);
        Assert.Contains("2024-11-01", text);
        Assert.Contains("leader of", text);
        Assert.Contains("North Korea", text);
        Assert.Empty(page.ConsoleProblems);
    }

    [SkippableFact]
    public async Task ClickNode_KimJongUn_ShowsNamesClassWikidataLinkAndRelations()
    {
        await using var page = await OpenAsync();

        await page.ClickElementAsync("person/kim-jong-un");

        var details = page.Page.Locator("#details");
        await Assertions.Expect(details.Locator("h2")).ToHaveTextAsync("Kim Jong Un");
        var text = await details.InnerTextAsync();
        Assert.Contains("Person", text);
        Assert.Contains("Kim", text);
        Assert.Contains("Kim Jong Un — leader of → North Korea", text);
        Assert.Equal("https://www.wikidata.org/wiki/Q56226", await details.Locator("a").First.GetAttributeAsync("href"));
    }

    [SkippableFact]
    public async Task ClickNode_NorthKorea_IncomingRelationReadsInItsOwnDirection()
    {
        await using var page = await OpenAsync();

        await page.ClickElementAsync("country/north-korea");

        var relations = await page.Page.Locator("#details .relations").InnerTextAsync();
        Assert.Contains("Kim Jong Un — leader of → North Korea", relations);
        Assert.Contains("North Korea — supports → Russia", relations);
        Assert.DoesNotContain("←", relations);
    }

    [SkippableFact]
    public async Task ClickNode_Russia_HighlightsOneHopFadesTheRestAndFitsIt()
    {
        await using var page = await OpenAsync();

        await page.ClickElementAsync("country/russia");
        await page.Page.WaitForSelectorAsync("body[data-focused='country/russia']", new() { State = WaitForSelectorState.Attached });

        var focused = await page.EvalAsync<string[]>("window.graphBuilder.cy.nodes('.focused').map(n => n.id()).sort()");
        var expected = _graph.Relations.Where(r => r.SubjectId == "country/russia" || r.ObjectId == "country/russia")
            .SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, focused);
        var faded = await page.EvalAsync<string[]>("window.graphBuilder.cy.nodes('.faded').map(n => n.id())");
        Assert.Equal(_graph.Entities.Length - expected.Length, faded.Length);
        Assert.True(await page.EvalAsync<double>("window.graphBuilder.cy.nodes('.faded')[0].style('opacity')") < 0.5);
        // The neighbourhood is inside the view.
        Assert.True(await page.EvalAsync<bool>(
            "(() => { const cy = window.graphBuilder.cy; const b = cy.nodes('.focused').renderedBoundingBox(); return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(); })()"));

        await page.EvalAsync<object>("window.graphBuilder.clearFocus()");
        Assert.Equal(0, await page.EvalAsync<int>("window.graphBuilder.cy.elements('.faded').length"));
    }

    [SkippableFact]
    public async Task Filter_UncheckPerson_HidesPeopleAndTheirRelations()
    {
        await using var page = await OpenAsync();

        await page.Page.Locator("input[data-filter=class][data-value=Person]").UncheckAsync();

        var people = _graph.Entities.Count(e => e.Type == EntityType.Person);
        var betweenCountries = _graph.Relations.Count(r => _graph.Entity(r.SubjectId).Type != EntityType.Person && _graph.Entity(r.ObjectId).Type != EntityType.Person);
        Assert.Equal((_graph.Entities.Length - people, betweenCountries), await page.VisibleCountsAsync());
        Assert.Equal(_graph.Entities.Length - people, await page.EvalAsync<int>("window.graphBuilder.cy.nodes(':visible').length"));

        await page.Page.Locator("input[data-filter=relation][data-value=supports]").UncheckAsync();
        Assert.Equal((_graph.Entities.Length - people, 0), await page.VisibleCountsAsync());

        await page.Page.Locator("#reset-filters").ClickAsync();
        Assert.Equal((_graph.Entities.Length, _graph.Relations.Length), await page.VisibleCountsAsync());
    }

    [SkippableFact]
    public async Task Search_AliasWithoutAccentsOrCase_FocusesTheEntity()
    {
        await using var page = await OpenAsync();

        await page.Page.Locator("#search").FillAsync("lavrov");
        await Assertions.Expect(page.Page.Locator("#search-results button").First).ToContainTextAsync("Sergei Lavrov");
        await page.Page.Locator("#search").PressAsync("Enter");

        await page.Page.WaitForSelectorAsync("body[data-focused='person/sergei-lavrov']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(["person/sergei-lavrov"], await page.EvalAsync<string[]>("window.graphBuilder.cy.$(':selected').map(e => e.id())"));
        await Assertions.Expect(page.Page.Locator("#details h2")).ToHaveTextAsync("Sergei Lavrov");
        // Focus centres the entity in the view.
        var offset = await page.EvalAsync<double[]>(
            "(() => { const cy = window.graphBuilder.cy; const p = cy.getElementById('person/sergei-lavrov').renderedPosition(); return [p.x - cy.width() / 2, p.y - cy.height() / 2]; })()");
        Assert.True(Math.Abs(offset[0]) < 150 && Math.Abs(offset[1]) < 150, $"entity is off-centre by {offset[0]:F0},{offset[1]:F0}");
    }

    [SkippableFact]
    public async Task DragAndWheel_NodeAndView_MoveAndZoom()
    {
        await using var page = await OpenAsync();
        const string position = "(() => { const p = window.graphBuilder.cy.getElementById('country/russia').renderedPosition(); const b = window.graphBuilder.cy.container().getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; })()";
        var before = await page.EvalAsync<double[]>(position);

        await page.Page.Mouse.MoveAsync((float)before[0], (float)before[1]);
        await page.Page.Mouse.DownAsync();
        await page.Page.Mouse.MoveAsync((float)before[0] + 60, (float)before[1] + 40, new() { Steps = 8 });
        await page.Page.Mouse.UpAsync();
        var after = await page.EvalAsync<double[]>(position);
        Assert.InRange(after[0] - before[0], 40, 80);
        Assert.InRange(after[1] - before[1], 20, 60);

        var zoom = await page.EvalAsync<double>("window.graphBuilder.cy.zoom()");
        await page.Page.Mouse.MoveAsync(700, 450);
        await page.Page.Mouse.WheelAsync(0, -400);
        await page.Page.WaitForFunctionAsync($"window.graphBuilder.cy.zoom() > {zoom.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    public void Dispose() => _dir.Dispose();
}
