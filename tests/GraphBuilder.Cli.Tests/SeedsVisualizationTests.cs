using System.Text.RegularExpressions;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Tests.Browser;
using Microsoft.Playwright;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The main job on the real seeds, end to end: `ingest` writes graph.json, graph.graphml and graph.html,
/// `visualize` rebuilds the page byte for byte, and the page works in headless Chromium. Its screenshot
/// is the one in the documentation (docs/images/seed-graph.png).
/// </summary>
public sealed class SeedsVisualizationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static int EntitiesInGraphNt(string path) =>
        File.ReadLines(path)
            .Select(line => Regex.Match(line, "^(<[^>]+>) <http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#type> <https://graphbuilder\\.dev/ontology#(Person|Country|Organization|Location)> \\.$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .Count();

    private static int RelationsInGraphNt(string path) =>
        File.ReadLines(path).Count(line => Regex.IsMatch(line,
            "^<https://graphbuilder\\.dev/id/[^>]+> <https://graphbuilder\\.dev/ontology#(meets|supports|opposes|sendsTroopsTo|signsAgreementWith|invades|fightsAgainst|accuses|sanctions|rebelsAgainst|recognizes|thanks|leaderOf|officialOf)> <https://graphbuilder\\.dev/id/[^>]+> \\.$"));

    [SkippableFact]
    public async Task IngestSeeds_GraphHtml_ShowsEveryEntityAndRelationOfGraphNtInChromium()
    {
        var ingest = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", _dir.Path, "--no-progress");
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        var html = _dir.File("graph.html");
        var firstPage = File.ReadAllBytes(html);
        var visualize = CliRunner.Run("visualize", "--from", _dir.Path);
        Assert.Equal(0, visualize.ExitCode);
        Assert.Equal(firstPage, File.ReadAllBytes(html));

        await using var page = await GraphPage.OpenAsync(html);
        Console.WriteLine($"seed page ready (layout done) {await page.EvalAsync<double>("performance.now()"):F0} ms after navigation start; timings "
            + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.timings)") + "; first view " + await page.EvalAsync<string>("JSON.stringify(window.graphBuilder.firstView)"));

        var entities = EntitiesInGraphNt(_dir.File("graph.nt"));
        var relations = RelationsInGraphNt(_dir.File("graph.nt"));
        Assert.True(entities >= 20, $"only {entities} entities in graph.nt");
        Assert.Equal(entities, await page.NodeCountAsync());
        Assert.Equal(relations, await page.EdgeCountAsync());

        // The headline fact: North Korea supports Russia, with its evidence.
        var edge = await page.EvalAsync<string>(
            "window.graphBuilder.cy.edges().filter(e => e.data('predicate') === 'supports' && e.source().id() === 'country/north-korea' && e.target().id() === 'country/russia')[0].id()");
        await page.EvalAsync<object>($"window.graphBuilder.focusRelation('{edge}')");
        await Assertions.Expect(page.Page.Locator("#details .evidence li").First).ToBeVisibleAsync();
        Assert.Contains("Korea Utara", await page.Page.Locator("#details .evidence").InnerTextAsync());

        Assert.Empty(page.ConsoleProblems);
        Assert.Empty(page.ExternalRequests(html));
        await page.EvalAsync<object>("window.graphBuilder.cy.elements().unselect().removeClass('faded focused')");
        var screenshot = Path.Combine(RepoPaths.Root, "docs", "images", "seed-graph.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.Page.ScreenshotAsync(new() { Path = screenshot });
    }

    public void Dispose() => _dir.Dispose();
}
