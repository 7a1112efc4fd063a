using System.CommandLine;

namespace GraphBuilder.Cli.Commands;

/// <summary>`graphbuilder ingest paths... [--out DIR] [--formats nt,ttl,...]`.</summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories (recursive) of .txt, .md, .html, .jsonl articles.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Extract a knowledge graph from articles and write every export.") { paths };
        command.SetAction(parse =>
        {
            context.Error.WriteLine("ingest: under construction");
            return ExitCodes.PartialFailure;
        });
        return command;
    }
}
