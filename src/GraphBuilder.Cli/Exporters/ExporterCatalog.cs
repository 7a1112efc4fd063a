using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Rdf.Export;
using GraphBuilder.Visualization.GraphMl;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Cli.Exporters;

/// <summary>
/// The one registry of output formats. <c>ingest</c> offers all of them (every one unless --formats
/// narrows it); <c>visualize</c> offers the <see cref="Visual"/> ones, rebuilt from graph.json.
/// Adding a format is one line here and its exporter class.
/// </summary>
public static class ExporterCatalog
{
    /// <summary>The formats <c>visualize</c> rebuilds from graph.json.</summary>
    public static IReadOnlySet<string> VisualFormats { get; } = new HashSet<string>(["html", "graphml"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<IGraphExporter> All(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            // One line per exporter, in the order they are written.
            RdfExporter.NTriples(settings),
            RdfExporter.Turtle(settings),
            RdfExporter.NQuads(settings),
            RdfExporter.TriG(settings),
            RdfExporter.JsonLd(settings),
            CypherScriptExporter.Create(settings),
            new BulkImportExporter(),
            GraphJsonExporter.Create(),
            GraphMlExporter.Create(),
            HtmlPageExporter.Create(),
        ];
    }

    /// <summary>The exporters <c>visualize</c> can rebuild, in the same order as <see cref="All"/>.</summary>
    public static IReadOnlyList<IGraphExporter> Visual(ExportSettings settings) =>
        [.. All(settings).Where(e => VisualFormats.Contains(e.Format))];
}
