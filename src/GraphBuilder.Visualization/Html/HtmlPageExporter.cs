using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Visualization.Html;

/// <summary>Writes <c>graph.html</c> (format "html"): the interactive, offline relationship page.</summary>
public sealed class HtmlPageExporter : IGraphExporter
{
    public const string FileName = "graph.html";

    public string Format => "html";

    public IReadOnlyList<string> FileNames { get; } = [FileName];

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        output.WriteText(FileName, writer => HtmlPageWriter.Write(graph, writer));
    }
}
