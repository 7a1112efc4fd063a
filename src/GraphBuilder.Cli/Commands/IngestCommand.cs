using System.Collections.Immutable;
using System.CommandLine;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Cli.Terminal;
using GraphBuilder.Cli.Exporters;
using GraphBuilder.Cli.Ingest;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Core.Store;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder ingest paths... [--out DIR | --into DIR] [--formats nt,ttl,...]`: extract the graph and write every
/// export plus the article store; with --into, only the new articles are extracted and the old ones replayed from the store.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories (searched recursively) of .txt, .md, .html and .jsonl articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var output = new Option<string?>("--out", "-o") { Description = "Output directory [config Ingest:OutputDirectory, default out].", HelpName = "DIR" };
        var formatNames = FormatSelection.Names(ExporterCatalog.All(new ExportSettings()));
        var formats = new Option<string?>("--formats", "-f") { Description = $"Comma-separated exports to write, or 'all': {formatNames} [config Ingest:Formats, default all].", HelpName = "LIST" };
        var language = new Option<string?>("--language") { Description = "Language assumed when an article does not say: id or en [config Extraction:DefaultLanguage].", HelpName = "CODE" };
        var baseIri = new Option<string?>("--base-iri") { Description = "Base of entity IRIs [config Export:BaseIri].", HelpName = "IRI" };
        var parallelism = new Option<int?>("--parallelism", "-j") { Description = "Articles processed in parallel, 0 = one per core [config Ingest:MaxParallelism].", HelpName = "N" };
        var into = new Option<string?>("--into")
        {
            Description = "Add the articles to the existing output DIR of an earlier ingest: articles already there (same content) are skipped, "
                + "only new ones are extracted, the old ones are replayed from DIR/" + ArticleStore.FileName + ", and every file comes out exactly "
                + "as one ingest of the old inputs followed by the new ones would write it. Needs the same ontology and Extraction settings; "
                + "not with --out.",
            HelpName = "DIR",
        };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show the progress bar or the export phase (\"writing graph.nq ... 3/10\")." };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("ingest", "Extract a knowledge graph from articles and write every export (N-Triples, Turtle, N-Quads, TriG, JSON-LD, Cypher, Neo4j CSV, GraphML, HTML).")
        {
            paths, output, into, formats, language, baseIri, parallelism, noProgress, config, set,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Task.FromResult(Usage(context, setError));
            void Put(string key, string? value) { if (value is not null) pairs.Add(new(key, value)); }
            var intoDirectory = parse.GetValue(into);
            if (intoDirectory is not null && parse.GetValue(output) is not null)
                return Task.FromResult(Usage(context, "--into DIR already names the output directory; leave out --out"));
            Put("Ingest:OutputDirectory", intoDirectory ?? parse.GetValue(output));
            Put("Ingest:Formats", parse.GetValue(formats));
            Put("Extraction:DefaultLanguage", parse.GetValue(language));
            Put("Export:BaseIri", parse.GetValue(baseIri));
            Put("Ingest:MaxParallelism", parse.GetValue(parallelism)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var request = new IngestRequest(parse.GetValue(paths) ?? [], pairs, parse.GetValue(config), !parse.GetValue(noProgress))
            {
                Into = intoDirectory is not null,
            };
            return Task.FromResult(Run(context, request, cancellationToken));
        });
        return command;
    }

    /// <summary>Everything the ingest action needs from the command line.</summary>
    public sealed record IngestRequest(string[] Paths, List<KeyValuePair<string, string?>> Overrides, string? SettingsFile, bool Progress)
    {
        /// <summary>Add to the existing output (its article store) instead of starting from nothing.</summary>
        public bool Into { get; init; }
    }

    public static int Run(CliContext context, IngestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (SettingsLoader.Load(context, "ingest", request.Overrides, request.SettingsFile) is not { } settings) return ExitCodes.UsageError;
        var (exporters, formatError) = FormatSelection.Select(settings.Ingest.Formats, ExporterCatalog.All(settings.Export));
        if (formatError is not null) return Usage(context, formatError);

        if (SettingsLoader.BuildPipeline(context, "ingest", settings) is not { } pipeline) return ExitCodes.UsageError;
        var outputPath = settings.Ingest.OutputDirectory;
        var fingerprint = StoreFingerprint.Of(settings.Extraction, settings.Ingest);
        ImmutableArray<ArticleContribution> earlier = [];
        if (request.Into)
        {
            var (records, storeError, storeWarning) = StoreLoader.Load(outputPath, fingerprint, PredicateInventory.LoadFrom(settings.Extraction.OntologyDirectory));
            if (storeWarning is not null) context.Error.WriteLine("warning: " + storeWarning);
            if (storeError is not null)
            {
                context.Error.WriteLine($"error: {storeError}; nothing was written and {outputPath} was left as it was.");
                return ExitCodes.PartialFailure;
            }
            earlier = records;
        }
        // The output folder is never read as input (`ingest .` twice must not read its own graph.html).
        var source = new ArticleSource(new ReaderLimits { MaxArticleBytes = settings.Ingest.MaxArticleBytes }, [outputPath]);
        var interactive = request.Progress && ReferenceEquals(context.Output, Console.Out)
            && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var progress = new ProgressReporter(context.Error, interactive, source.TotalBytes(request.Paths), request.Progress);
        // The staging folder is made when first needed: by the record spill of a large corpus, or to write the exports.
        var staging = new Lazy<OutputSet>(() => OutputSet.Begin(outputPath));
        using var spill = new RecordSpill(() => Path.Combine(staging.Value.StagingPath, ".records")) { BufferBytes = settings.Ingest.RecordBufferBytes };
        var processor = new CorpusProcessor(pipeline, source, settings.Ingest.MaxParallelism)
        {
            ArticleTimeBudget = settings.Ingest.ArticleTimeBudget,
            Spill = spill,
        };
        // The replayed articles' records are copied from the old store (still in place until the commit), not encoded again.
        if (request.Into) spill.AddStore(Path.Combine(outputPath, ArticleStore.FileName), earlier.Length);
        try
        {
            var report = progress.Run(onResult =>
            {
                processor.Progress += onResult;
                return processor.Run(request.Paths, earlier, cancellationToken);
            });
            earlier = [];
            if (report.ArticlesRead == 0) return NothingRead(context, report, outputPath, request.Into);
            var outputSet = staging.Value;
            foreach (var leftover in outputSet.RemovedLeftovers)
                context.Error.WriteLine($"warning: removed {leftover}, left by an interrupted run");
            outputSet.Staging.WriteFile(ArticleStore.FileName, stream => ArticleStore.Write(stream, fingerprint, spill));
            spill.Dispose();
            var outcomes = ExportRunner.Run(report.Graph, outputSet.Staging, exporters, cancellationToken,
                (exporter, position, count) => progress.Exporting(string.Join(", ", exporter.FileNames), position, count));
            cancellationToken.ThrowIfCancellationRequested();
            outputSet.Commit(keepOtherEntries: false, outcomes.Where(o => o.Error is not null).SelectMany(o => o.Exporter.FileNames));
            SummaryPrinter.Print(context.Output, report, outcomes, outputPath, source.UnsupportedFiles(request.Paths));
            return Finish(context, report, outcomes);
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine($"error: cancelled; nothing of this run was written and {outputPath} was left as it was.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: cannot write to {outputPath}: {e.Message}");
            return ExitCodes.PartialFailure;
        }
        finally
        {
            spill.Dispose();
            if (staging.IsValueCreated) staging.Value.Dispose();
        }
    }

    private static int NothingRead(CliContext context, IngestReport report, string outputPath, bool into)
    {
        ProblemPrinter.Print(context.Error, report);
        // Adding nothing new: a full run over old + new inputs would write exactly the files already there.
        if (into && report.Errors.Length == 0 && report.DuplicateArticles > 0)
        {
            context.Output.WriteLine($"no new articles: all {report.DuplicateArticles:N0} are already in {outputPath}, which was left as it was.");
            return ExitCodes.Success;
        }
        context.Error.WriteLine(report.Errors.Length > 0
            ? $"error: no article could be read; nothing was written and {outputPath} was left as it was."
            : $"error: no articles found in the inputs; nothing was written and {outputPath} was left as it was.");
        return ExitCodes.PartialFailure;
    }

    private static int Finish(CliContext context, IngestReport report, IReadOnlyList<ExportRunner.Outcome> outcomes)
    {
        ProblemPrinter.Print(context.Error, report);
        foreach (var failed in outcomes.Where(o => o.Error is not null))
            context.Error.WriteLine($"error: {failed.Exporter.Format} export failed (its previous files, if any, are no longer part of the output set): {failed.Error}");
        return report.Errors.Length > 0 || outcomes.Any(o => o.Error is not null) ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static int Usage(CliContext context, string message) => context.Usage("ingest", message);
}
