using System.Reflection;

namespace GraphBuilder.Visualization.Html;

/// <summary>
/// The page's building blocks, embedded in this assembly at build time: the template, style and
/// script from web/src, and the graph library bundles installed by npm from web/package-lock.json.
/// </summary>
public sealed class PageAssets
{
    /// <summary>Library bundles, in the order they must run (each defines a global the next uses).</summary>
    public static readonly IReadOnlyList<string> LibraryNames = ["layout-base.js", "cose-base.js", "cytoscape.min.js", "cytoscape-fcose.js"];

    /// <summary>The page's own script files, concatenated in this order into one strict-mode function.</summary>
    public static readonly IReadOnlyList<string> ScriptNames = ["util.js", "model.js", "style.js", "details.js", "filters.js", "timeline.js", "focus.js", "clearance.js", "labels.js", "search.js", "spread.js", "main.js"];

    private static readonly Lazy<PageAssets> Embedded = new(Load);

    private PageAssets(string template, string style, IReadOnlyList<string> libraries, string appScript)
    {
        Template = template;
        Style = style;
        Libraries = libraries;
        AppScript = appScript;
    }

    /// <summary>The assets compiled into this assembly (loaded once).</summary>
    public static PageAssets Default => Embedded.Value;

    public string Template { get; }
    public string Style { get; }
    public IReadOnlyList<string> Libraries { get; }
    public string AppScript { get; }

    private static PageAssets Load()
    {
        var libraries = LibraryNames.Select(n => Read("lib." + n)).ToList();
        var app = "(function () {\n'use strict';\n" + string.Join("\n", ScriptNames.Select(n => Read("page." + n))) + "\n})();\n";
        return new PageAssets(Read("page.page.html"), Read("page.app.css"), libraries, app);
    }

    private static string Read(string name)
    {
        var assembly = typeof(PageAssets).Assembly;
        var resource = "GraphBuilder.Visualization." + name;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"Resource {resource} is missing from {assembly.GetName().Name}: the build did not embed the page assets (see docs/visualization.md).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
