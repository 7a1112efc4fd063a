using GraphBuilder.Cli.Exporters;
using GraphBuilder.Cli.Ingest;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Core.Ontology;
using Spectre.Console;

namespace GraphBuilder.Cli.Terminal;

/// <summary>
/// Prints the end-of-run summary to stdout: articles, sentences, entities by class, relations by
/// predicate, problem counts, files. The problems themselves go to stderr (<see cref="ProblemPrinter"/>).
/// </summary>
public static class SummaryPrinter
{
    /// <param name="unsupportedFiles">Files in the input directories skipped because of their type.</param>
    public static void Print(TextWriter output, IngestReport report, IReadOnlyList<ExportRunner.Outcome> exports, string outputDirectory, int unsupportedFiles = 0)
    {
        var console = ConsoleFor(output);
        var graph = report.Graph;
        var table = new Table().Border(TableBorder.Rounded).Title("GraphBuilder ingest summary");
        table.AddColumn("Item");
        table.AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Articles", report.ArticlesRead.ToString("N0"));
        if (report.ArticlesKept > 0) table.AddRow("Articles kept from the store (--into)", report.ArticlesKept.ToString("N0"));
        if (unsupportedFiles > 0) table.AddRow("Skipped files (unsupported type)", unsupportedFiles.ToString("N0"));
        if (report.DuplicateArticles > 0) table.AddRow("Duplicate articles (skipped)", report.DuplicateArticles.ToString("N0"));
        table.AddRow("Sentences", report.Sentences.ToString("N0"));
        table.AddRow("Input", $"{report.BytesRead / 1048576.0:F2} MB in {report.Elapsed.TotalSeconds:F2} s");
        foreach (var type in Enum.GetValues<EntityType>())
            table.AddRow($"Entities: {type}", graph.EntityCount(type).ToString("N0"));
        foreach (var group in graph.Relations.GroupBy(r => r.Predicate).OrderBy(g => g.Key))
            table.AddRow($"Relations: {group.Key.LocalName}", $"{group.Count():N0} ({group.Sum(r => r.EvidenceCount):N0} evidence)");
        table.AddRow("Relations: total", graph.Relations.Length.ToString("N0"));
        table.AddRow("Input errors", report.Errors.Length.ToString("N0"));
        table.AddRow("Warnings", report.Warnings.Length.ToString("N0"));
        console.Write(table);

        foreach (var outcome in exports)
        {
            if (outcome.Error is not null) continue; // reported on stderr
            var files = string.Join(", ", outcome.Exporter.FileNames.Select(f => SafeText.Line(Path.Combine(outputDirectory, f))));
            console.WriteLine($"wrote {files} ({outcome.Elapsed.TotalMilliseconds:F0} ms)");
        }
    }

    /// <summary>A Spectre console over any writer; plain text unless the writer is the real terminal.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }
}
