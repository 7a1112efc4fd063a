using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using Microsoft.Playwright;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>The date-range filter over evidence dates, moved the way a user moves its sliders.</summary>
public sealed class TimelinePageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>Three articles on three dates; North Korea supports Russia on the first and the last.</summary>
    private static KnowledgeGraph ThreeDates()
    {
        var nk = TestGraphs.Entity(EntityType.Country, "North Korea", "Q423", "Korea Utara");
        var ru = TestGraphs.Entity(EntityType.Country, "Russia", "Q159", "Rusia");
        var ua = TestGraphs.Entity(EntityType.Country, "Ukraine", "Q212");
        var acc = new GraphAccumulator();
        foreach (var (text, date, relations) in new (string, DateOnly, (string, Predicate, string, int, string)[])[]
        {
            ("a", new DateOnly(2023, 6, 25), [(nk.Id, Predicate.Supports, ru.Id, 0, "Korea Utara mendukung Rusia.")]),
            ("b", new DateOnly(2024, 2, 24), [(ru.Id, Predicate.Invades, ua.Id, 0, "Rusia menginvasi Ukraina.")]),
            ("c", new DateOnly(2024, 11, 1), [(nk.Id, Predicate.Supports, ru.Id, 0, "Pyongyang mendukung Moskow."), (ua.Id, Predicate.Opposes, nk.Id, 1, "Ukraina menentang Korea Utara.")]),
        })
        {
            var article = new Article(ContentHash.ArticleId(text), "t " + text, text, text + ".txt") { Published = date };
            acc.Add(TestGraphs.Build(article, [nk, ru, ua], relations));
        }
        return acc.Snapshot();
    }

    [SkippableFact]
    public async Task DateSliders_Moved_ShowOnlyRelationsWithEvidenceInTheRange()
    {
        HtmlPageExporter.Create().Export(ThreeDates(), new OutputDirectory(_dir.Path));
        await using var page = await GraphPage.OpenAsync(_dir.File(HtmlPageExporter.FileName));
        var from = page.Page.Locator("#date-from");
        var to = page.Page.Locator("#date-to");
        await Assertions.Expect(page.Page.Locator("#timeline")).ToBeVisibleAsync();
        Assert.Equal((3, 3), await page.VisibleCountsAsync());
        Assert.Equal("2023-06-25 – 2024-11-01", await page.Page.Locator("#date-range").InnerTextAsync());

        await to.FillAsync("0"); // only 2023-06-25: North Korea supports Russia
        Assert.Equal("2023-06-25", await page.Page.Locator("#date-range").InnerTextAsync());
        await VisiblePredicates(page, "supports");
        Assert.Equal((3, 1), await page.VisibleCountsAsync());
        Assert.Equal(["supports"], await page.EvalAsync<string[]>("window.graphBuilder.cy.edges(':visible').map(e => e.data('predicate'))"));

        await from.FillAsync("1"); // the range moves on: 2024-02-24 alone (the "to" slider follows)
        Assert.Equal("2024-02-24", await page.Page.Locator("#date-range").InnerTextAsync());
        await VisiblePredicates(page, "invades");
        Assert.Equal(["invades"], await page.EvalAsync<string[]>("window.graphBuilder.cy.edges(':visible').map(e => e.data('predicate'))"));

        await to.FillAsync("2"); // 2024-02-24 – 2024-11-01: the second support appears again, and the opposition
        Assert.Equal((3, 3), await page.VisibleCountsAsync());

        await page.Page.Locator("#reset-filters").ClickAsync();
        Assert.Equal("2023-06-25 – 2024-11-01", await page.Page.Locator("#date-range").InnerTextAsync());
        Assert.Empty(page.ConsoleProblems);
    }

    /// <summary>Waits (bounded) until the visible edges are exactly these predicates: the filter redraws asynchronously.</summary>
    private static Task VisiblePredicates(GraphPage page, string predicates) =>
        page.Page.WaitForFunctionAsync("p => window.graphBuilder.cy.edges(':visible').map(e => e.data('predicate')).join() === p", predicates,
            new PageWaitForFunctionOptions { Timeout = 10_000 });

    public void Dispose() => _dir.Dispose();
}
