using System.CommandLine;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Cli.Exporters;
using GraphBuilder.Rdf.Mapping;
using GraphBuilder.Sparql.Http;
using GraphBuilder.Sparql.Store;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder publish --sparql-store URL [--from DIR]`: uploads every named graph of the dataset
/// that ingest wrote as graph.nq, rebuilt from DIR/graph.json with the same mapping with the SPARQL 1.1 Graph Store HTTP Protocol. PUT replaces each graph, so
/// publishing again never duplicates anything. Credentials come from configuration (Sparql:User, Sparql:Password).
/// </summary>
public static class PublishCommand
{
    public const string InputFile = GraphSnapshot.FileName;

    public static Command Create(CliContext context)
    {
        var store = new Option<string?>("--sparql-store") { Description = "Graph Store Protocol endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth [config Sparql:StoreUrl].", HelpName = "URL" };
        var from = new Option<string?>("--from") { Description = $"Directory holding {InputFile} from 'ingest' [config Ingest:OutputDirectory, default out].", HelpName = "DIR" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("publish", $"Upload the exported dataset (graph.nq's named graphs, one per article plus the entity graph, rebuilt from {InputFile}) to a SPARQL store.")
        {
            store, from, config, set,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Task.FromResult(Usage(context, setError));
            if (parse.GetValue(store) is { } url) pairs.Add(new("Sparql:StoreUrl", url));
            if (parse.GetValue(from) is { } dir) pairs.Add(new("Ingest:OutputDirectory", dir));
            return RunAsync(context, pairs, parse.GetValue(config), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, List<KeyValuePair<string, string?>> overrides, string? settingsFile, CancellationToken ct)
    {
        SparqlClientOptions options;
        string directory;
        string baseIri;
        PredicateInventory predicates;
        try
        {
            var configuration = context.Configuration(overrides, settingsFile);
            // The dataset is rebuilt with the base IRI ingest used: the same Export:BaseIri configuration.
            baseIri = configuration.GetSection("Export").Get<ExportSettings>()?.BaseIri ?? new ExportSettings().BaseIri;
            options = configuration.GetSection("Sparql").Get<SparqlClientOptions>() ?? new SparqlClientOptions();
            directory = configuration["Ingest:OutputDirectory"] ?? "out";
            predicates = PredicateInventory.LoadFrom(AppSettings.Bind(configuration).Extraction.OntologyDirectory);
        }
        catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or FormatException or InvalidDataException)
        {
            return Usage(context, "configuration: " + e.Message);
        }
        if (string.IsNullOrWhiteSpace(options.StoreUrl))
            return Usage(context, "no store URL: pass --sparql-store URL (e.g. http://localhost:8890/sparql-graph-crud-auth) or set Sparql:StoreUrl");
        if (!Uri.TryCreate(options.StoreUrl, UriKind.Absolute, out var storeUri) || storeUri.Scheme is not ("http" or "https"))
            return Usage(context, $"--sparql-store must be an http(s) URL, got '{options.StoreUrl}'");
        var input = Path.Combine(directory, InputFile);
        if (GraphSnapshot.Read(context, directory, predicates) is not { } graph) return ExitCodes.PartialFailure;
        var quads = QuadStream.Of(graph, new KnowledgeGraphMapper(new RdfIris(baseIri)), RdfLayout.NamedGraphs);

        using var services = SparqlHttp.CreateServices(options);
        context.Error.WriteLine($"publishing {input} to {options.StoreUrl} ...");
        var publisher = new DatasetPublisher(new GraphStoreClient(SparqlHttp.CreateClient(services), options.StoreUrl, options));
        try
        {
            var graphs = await publisher.PublishAsync(quads, g => context.Output.WriteLine($"published {g.Graph?.ToString() ?? "(default graph)"}: {g.Triples} triples"), ct).ConfigureAwait(false);
            context.Output.WriteLine($"Published {graphs.Count} graphs, {graphs.Sum(g => g.Triples)} triples from {input} to {GraphBuilder.Cli.Terminal.SafeText.Redact(options.StoreUrl)}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is SparqlHttpException or HttpRequestException or TaskCanceledException or FormatException or IOException)
        {
            context.Error.WriteLine($"error: publishing {input} to {options.StoreUrl}: {e.Message}");
            if (ConnectionHint.For(e, options.StoreUrl, options.Timeout) is { } hint) context.Error.WriteLine(hint);
            return ExitCodes.PartialFailure;
        }
    }

    private static int Usage(CliContext context, string message) => context.Usage("publish", message);
}
