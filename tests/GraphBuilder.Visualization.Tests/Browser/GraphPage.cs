using System.Collections.Concurrent;
using GraphBuilder.TestSupport;
using Microsoft.Playwright;

namespace GraphBuilder.Visualization.Tests.Browser;

/// <summary>
/// A graph.html opened from file:// in the machine's headless Chromium (Playwright, fresh temporary
/// profile), with every console message, page error, dialog and network request recorded.
/// </summary>
public sealed class GraphPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly TempDirectory _profile;

    private GraphPage(IPlaywright playwright, IBrowserContext context, IPage page, TempDirectory profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
        Page = page;
    }

    public IPage Page { get; }
    public ConcurrentQueue<string> ConsoleProblems { get; } = new();
    public ConcurrentQueue<string> Dialogs { get; } = new();
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Opens the page and waits until the layout has settled.</summary>
    public static async Task<GraphPage> OpenAsync(string htmlPath, int width = 1400, int height = 900, float timeoutMs = 120_000)
    {
        var executable = Chromium.Require();
        var playwright = await Playwright.CreateAsync();
        var profile = new TempDirectory();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = [.. Chromium.Flags],
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Offline = true,
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var graphPage = new GraphPage(playwright, context, page, profile);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") graphPage.ConsoleProblems.Enqueue($"{message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => graphPage.ConsoleProblems.Enqueue("pageerror: " + error);
        page.Dialog += async (_, dialog) =>
        {
            graphPage.Dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        context.Request += (_, request) => graphPage.Requests.Enqueue(request.Url);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { Timeout = timeoutMs });
        await page.WaitForSelectorAsync("body[data-layout=done]", new PageWaitForSelectorOptions { Timeout = timeoutMs, State = WaitForSelectorState.Attached });
        return graphPage;
    }

    public Task<T> EvalAsync<T>(string expression) => Page.EvaluateAsync<T>(expression);

    public Task<int> NodeCountAsync() => EvalAsync<int>("window.graphBuilder.cy.nodes().length");

    public Task<int> EdgeCountAsync() => EvalAsync<int>("window.graphBuilder.cy.edges().length");

    /// <summary>The visible (not filtered out) node and edge counts the status line reports.</summary>
    public async Task<(int Nodes, int Edges)> VisibleCountsAsync()
    {
        var status = Page.Locator("#status");
        var nodes = int.Parse(await status.GetAttributeAsync("data-visible-nodes") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        var edges = int.Parse(await status.GetAttributeAsync("data-visible-edges") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        return (nodes, edges);
    }

    /// <summary>Clicks with the mouse at the rendered position of an element ("edge" midpoint or node centre).</summary>
    public async Task ClickElementAsync(string elementId)
    {
        var point = await Page.EvaluateAsync<double[]>(
            @"id => {
                const cy = window.graphBuilder.cy;
                const ele = cy.getElementById(id);
                const p = ele.isEdge() ? ele.renderedMidpoint() : ele.renderedPosition();
                const box = cy.container().getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }", elementId);
        await Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    /// <summary>Requests other than the page itself and inline data: URLs (there should be none).</summary>
    public IReadOnlyList<string> ExternalRequests(string htmlPath)
    {
        var self = new Uri(htmlPath).AbsoluteUri;
        return Requests.Where(u => u != self && !u.StartsWith("data:", StringComparison.Ordinal)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        _profile.Dispose();
    }
}
