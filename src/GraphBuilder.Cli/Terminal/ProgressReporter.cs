using System.Diagnostics;
using GraphBuilder.Ingestion.Sources;
using Spectre.Console;

namespace GraphBuilder.Cli.Terminal;

/// <summary>
/// Shows progress of a long run: a Spectre.Console progress bar on an interactive terminal,
/// otherwise a plain status line on stderr every few seconds (so logs stay readable).
/// </summary>
public sealed class ProgressReporter(TextWriter log, bool interactive, long totalBytes, bool enabled = true)
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _bytes;
    private int _items;
    private TimeSpan _lastLog;

    /// <summary>Runs <paramref name="work"/>, feeding it a callback to report each input result.</summary>
    public T Run<T>(Func<Action<ArticleReadResult>, T> work)
    {
        if (!interactive) return work(Report);
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Extracting", maxValue: Math.Max(1, totalBytes));
                result = work(r =>
                {
                    Count(r);
                    task.Increment(r.Bytes);
                    task.Description = $"Extracting ({_items:N0} articles)";
                });
                task.Value = task.MaxValue; // skipped and unreadable inputs count as done
            });
        return result;
    }

    /// <summary>The export phase, one line per file: "writing graph.nq ... 3/10" (nothing with --no-progress).</summary>
    public void Exporting(string fileNames, int position, int count)
    {
        if (!enabled) return;
        lock (_gate) log.WriteLine($"writing {fileNames} ... {position}/{count}");
    }

    private void Report(ArticleReadResult result)
    {
        Count(result);
        lock (_gate)
        {
            if (_clock.Elapsed - _lastLog < LogInterval) return;
            _lastLog = _clock.Elapsed;
            var mb = _bytes / 1048576.0;
            log.WriteLine($"progress: {_items:N0} inputs, {mb:F1} of {totalBytes / 1048576.0:F1} MB ({mb / Math.Max(0.001, _clock.Elapsed.TotalSeconds):F1} MB/s)");
        }
    }

    private void Count(ArticleReadResult result)
    {
        Interlocked.Add(ref _bytes, result.Bytes);
        Interlocked.Increment(ref _items);
    }
}
