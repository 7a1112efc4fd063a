using System.CommandLine;
using System.Globalization;
using GraphBuilder.Cli.Commands;

namespace GraphBuilder.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Output must not depend on the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Entry point used by tests: runs the CLI with the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
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
        // Further commands register here, one line each.
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error };
        var code = parse.Invoke(config);
        // System.CommandLine reports parse errors with exit code 1; our contract says 2 for usage errors.
        return parse.Errors.Count > 0 ? ExitCodes.UsageError : code;
    }
}
