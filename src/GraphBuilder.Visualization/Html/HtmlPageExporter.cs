using GraphBuilder.Core.Output;

namespace GraphBuilder.Visualization.Html;

/// <summary>Writes <c>graph.html</c> (format "html"): the interactive, offline relationship page.</summary>
public static class HtmlPageExporter
{
    public const string FileName = "graph.html";

    public static SingleFileExporter Create() =>
        SingleFileExporter.Text("html", FileName, (graph, writer, _) => HtmlPageWriter.Write(graph, writer));
}
