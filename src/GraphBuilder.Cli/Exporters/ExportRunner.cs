using System.Diagnostics;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Exporters;

/// <summary>
/// Runs exporters, independent ones in parallel (each writes its own files from the immutable graph,
/// so the bytes do not depend on the parallelism); a failing exporter is reported and the others still
/// run. Outcomes come back in the exporters' order.
/// </summary>
public static class ExportRunner
{
    public sealed record Outcome(IGraphExporter Exporter, TimeSpan Elapsed, string? Error);

    /// <param name="starting">Called (one call at a time) as each exporter starts, with its 1-based start position and the number of exporters.</param>
    /// <param name="parallelism">Exporters running at once; 0 means one per core.</param>
    public static IReadOnlyList<Outcome> Run(
        KnowledgeGraph graph, OutputDirectory output, IEnumerable<IGraphExporter> exporters, CancellationToken cancellationToken = default,
        Action<IGraphExporter, int, int>? starting = null, int parallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(parallelism);
        var list = exporters.ToList();
        var outcomes = new Outcome[list.Count];
        var next = -1;
        var gate = new object();
        var workers = Math.Min(list.Count, parallelism == 0 ? Environment.ProcessorCount : parallelism);
        // Exporters start in their order (so progress positions are stable); each worker takes the next one.
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < list.Count && !cancellationToken.IsCancellationRequested)
            {
                var exporter = list[i];
                lock (gate) starting?.Invoke(exporter, i + 1, list.Count);
                var clock = Stopwatch.StartNew();
                try
                {
                    exporter.Export(graph, output, cancellationToken);
                    outcomes[i] = new Outcome(exporter, clock.Elapsed, null);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    outcomes[i] = new Outcome(exporter, clock.Elapsed, $"{e.GetType().Name}: {e.Message}");
                }
            }
        }
        var threads = Enumerable.Range(1, Math.Max(0, workers - 1)).Select(_ => Task.Run(Work)).ToList();
        Work();
        Task.WaitAll(threads);
        cancellationToken.ThrowIfCancellationRequested();
        return outcomes;
    }
}
