using GraphBuilder.Neo4j.Loading;
using Spectre.Console;

namespace GraphBuilder.Cli.Commands;

/// <summary>Shows a load's progress as a Spectre.Console bar on stderr when interactive; otherwise stays quiet.</summary>
public static class LoadProgressView
{
    public static async Task<T> RunAsync<T>(bool interactive, Func<IProgress<LoadProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!interactive) return await work(null).ConfigureAwait(false);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Loading Neo4j", maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.RowsTotal);
                    task.Value = p.RowsDone;
                    task.Description = $"Loading {p.Kind}";
                });
                return await work(progress).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
