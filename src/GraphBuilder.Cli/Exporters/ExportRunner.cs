using System.Diagnostics;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Exporters;

/// <summary>Runs exporters one after another; a failing exporter is reported and the others still run.</summary>
public static class ExportRunner
{
    public sealed record Outcome(IGraphExporter Exporter, TimeSpan Elapsed, string? Error);

    public static IReadOnlyList<Outcome> Run(KnowledgeGraph graph, OutputDirectory output, IEnumerable<IGraphExporter> exporters, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<Outcome>();
        foreach (var exporter in exporters)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
