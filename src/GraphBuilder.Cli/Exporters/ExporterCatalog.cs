using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Exporters;

/// <summary>Every output format the project has. `ingest` writes all of them unless --formats narrows it.</summary>
public static class ExporterCatalog
{
    public static IReadOnlyList<IGraphExporter> All(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            // One line per exporter, in the order they are written.
            GraphBuilder.Rdf.Export.RdfExporter.NTriples(settings),
            GraphBuilder.Rdf.Export.RdfExporter.Turtle(settings),
            GraphBuilder.Rdf.Export.RdfExporter.NQuads(settings),
            GraphBuilder.Rdf.Export.RdfExporter.TriG(settings),
            GraphBuilder.Rdf.Export.RdfExporter.JsonLd(settings),
            new GraphBuilder.Neo4j.Export.CypherScriptExporter(settings),
            new GraphBuilder.Neo4j.Export.BulkImportExporter(),
            new GraphBuilder.Visualization.Json.GraphJsonExporter(),
            new GraphBuilder.Visualization.GraphMl.GraphMlExporter(),
            new GraphBuilder.Visualization.Html.HtmlPageExporter(),
        ];
    }
}
