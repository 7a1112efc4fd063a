using System.CommandLine;
using System.Globalization;
using GraphBuilder.Cli.Commands;
using GraphBuilder.Cli.Terminal;

namespace GraphBuilder.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Output must not depend on the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var error = new SafeErrorWriter(Console.Error);
        using var interruption = new Interruption(error);
        return Run(args, Console.Out, error, interruption.Token);
    }

    /// <summary>Entry point used by tests: runs the CLI with the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CancellationToken.None);

    /// <summary>Runs the CLI; <paramref name="cancellationToken"/> is the cooperative stop (Ctrl+C, SIGTERM).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var safeError = error as SafeErrorWriter ?? new SafeErrorWriter(error);
        var context = new CliContext(output, safeError);
        var root = new RootCommand("GraphBuilder: turn news articles into a knowledge graph (Neo4j, RDF/SPARQL, visualization).");
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(PublishCommand.Create(context));
        root.Subcommands.Add(SparqlCommand.Create(context));
        root.Subcommands.Add(LoadNeo4jCommand.Create(context));
        root.Subcommands.Add(VisualizeCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(EvalNerCommand.Create(context));
        root.Subcommands.Add(EvalPosCommand.Create(context));
        root.Subcommands.Add(SubmitCommand.Create(context));
        root.Subcommands.Add(WorkerCommand.Create(context));
        // Further commands register here, one line each.
        var parse = root.Parse(args);
        // Signals are handled by Interruption (which lets temp files be removed); unexpected exceptions below.
        var config = new InvocationConfiguration { Output = output, Error = safeError, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        int code;
        try
        {
            code = parse.InvokeAsync(config, cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            safeError.WriteLine("error: cancelled; the previous output was left as it was.");
            code = ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            // A bug, not a user error: one line, no stack trace (set GRAPHBUILDER_TRACE=1 to see it).
            safeError.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("GRAPHBUILDER_TRACE") == "1") safeError.Write(e.ToString());
            code = ExitCodes.PartialFailure;
        }
        safeError.Flush();
        // System.CommandLine reports parse errors with exit code 1; our contract says 2 for usage errors.
        return parse.Errors.Count > 0 ? ExitCodes.UsageError : code;
    }
}
