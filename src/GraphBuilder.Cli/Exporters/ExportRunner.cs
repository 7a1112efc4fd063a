using System.Diagnostics;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Exporters;

/// <summary>Runs exporters one after another; a failing exporter is reported and the others still run.</summary>
public static class ExportRunner
{
    public sealed record Outcome(IGraphExporter Exporter, TimeSpan Elapsed, string? Error);

    /// <param name="starting">Called before each exporter with its 1-based position and the number of exporters.</param>
    public static IReadOnlyList<Outcome> Run(
        KnowledgeGraph graph, OutputDirectory output, IEnumerable<IGraphExporter> exporters, CancellationToken cancellationToken = default,
        Action<IGraphExporter, int, int>? starting = null)
    {
        var outcomes = new List<Outcome>();
        var list = exporters.ToList();
        foreach (var exporter in list)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starting?.Invoke(exporter, outcomes.Count + 1, list.Count);
            var clock = Stopwatch.StartNew();
            try
            {
                exporter.Export(graph, output, cancellationToken);
                outcomes.Add(new Outcome(exporter, clock.Elapsed, null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcomes.Add(new Outcome(exporter, clock.Elapsed, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return outcomes;
    }
}
