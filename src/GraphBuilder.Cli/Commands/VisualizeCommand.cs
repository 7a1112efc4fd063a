using System.CommandLine;
using GraphBuilder.Cli.Exporters;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Visualization.GraphMl;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder visualize [--from DIR] [--out DIR] [--formats html,graphml]`: rebuilds graph.html and
/// graph.graphml from the graph.json snapshot that `ingest` wrote, without re-running extraction.
/// </summary>
public static class VisualizeCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string?>("--from") { Description = $"Directory holding {GraphJsonExporter.FileName} from 'ingest' [config Ingest:OutputDirectory, default out].", HelpName = "DIR" };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the files [default: the --from directory].", HelpName = "DIR" };
        var formats = new Option<string?>("--formats", "-f") { Description = $"Comma-separated: {FormatSelection.Names(ExporterCatalog.Visual(new ExportSettings()))}, or all [default all].", HelpName = "LIST" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("visualize", $"Rebuild {HtmlPageExporter.FileName} (interactive page) and {GraphMlExporter.FileName} from an existing output directory's {GraphJsonExporter.FileName}.")
        {
            from, output, formats, config, set,
        };
        command.SetAction(parse =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Usage(context, setError);
            if (parse.GetValue(from) is { } dir) pairs.Add(new("Ingest:OutputDirectory", dir));
            string source;
            PredicateInventory predicates;
            try
            {
                var configuration = context.Configuration(pairs, parse.GetValue(config));
                source = configuration["Ingest:OutputDirectory"] ?? "out";
                predicates = PredicateInventory.LoadFrom(AppSettings.Bind(configuration).Extraction.OntologyDirectory);
            }
            catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or FormatException or InvalidDataException)
            {
                return Usage(context, "configuration: " + e.Message);
            }
            return Run(context, source, parse.GetValue(output) ?? source, parse.GetValue(formats), predicates);
        });
        return command;
    }

    private static int Run(CliContext context, string source, string target, string? formats, PredicateInventory predicates)
    {
        var (exporters, formatError) = FormatSelection.Select(formats, ExporterCatalog.Visual(new ExportSettings()));
        if (formatError is not null) return Usage(context, formatError);
        if (string.IsNullOrWhiteSpace(target)) return Usage(context, "--out must not be empty");
        if (GraphSnapshot.Read(context, source, predicates) is not { } graph) return ExitCodes.PartialFailure;
        using var outputSet = OutputSet.Begin(target);
        var outcomes = ExportRunner.Run(graph, outputSet.Staging, exporters);
        outputSet.Commit(keepOtherEntries: true, outcomes.Where(o => o.Error is not null).SelectMany(o => o.Exporter.FileNames));
        var failed = false;
        foreach (var outcome in outcomes)
        {
            foreach (var file in outcome.Exporter.FileNames)
            {
                if (outcome.Error is null) context.Output.WriteLine($"wrote {Path.Combine(target, file)} ({graph.Entities.Length} entities, {graph.Relations.Length} relations)");
                else context.Error.WriteLine($"error: {Path.Combine(target, file)}: {outcome.Error}");
            }
            failed |= outcome.Error is not null;
        }
        return failed ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static int Usage(CliContext context, string message) => context.Usage("visualize", message);
}
