using System.CommandLine;
using System.Globalization;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Cli.Exporters;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder load neo4j [--from out]`: loads the graph that `ingest` wrote (out/graph.json) into a
/// running Neo4j over its HTTP Query API, idempotently, with the same model as the neo4j-import CSVs.
/// </summary>
public static class LoadNeo4jCommand
{
    /// <summary>The `load` command with its `neo4j` subcommand.</summary>
    public static Command Create(CliContext context) =>
        new("load", "Load an ingested graph into a database.") { CreateNeo4j(context) };

    /// <summary>The `neo4j` subcommand alone, for mounting under another parent.</summary>
    public static Command CreateNeo4j(CliContext context)
    {
        var from = new Option<string?>("--from") { Description = "Output directory of `ingest` holding graph.json [config Ingest:OutputDirectory, default out].", HelpName = "DIR" };
        var uri = new Option<string?>("--uri") { Description = "HTTP address of Neo4j [config Neo4j:Uri, env NEO4J_URI, default http://localhost:7474].", HelpName = "URI" };
        var database = new Option<string?>("--database", "-d") { Description = "Database name [config Neo4j:Database, env NEO4J_DATABASE, default neo4j].", HelpName = "NAME" };
        var user = new Option<string?>("--user", "-u") { Description = "User [config Neo4j:User, env NEO4J_USER, default neo4j].", HelpName = "NAME" };
        var password = new Option<string?>("--password", "-p") { Description = "Password [env NEO4J_PASSWORD]; never read from settings files, never printed.", HelpName = "SECRET" };
        var batchSize = new Option<int?>("--batch-size") { Description = "Rows per UNWIND batch [config Export:BatchSize, default 2000].", HelpName = "N" };
        var single = new Option<bool>("--single-transaction") { Description = "Write everything in one explicit transaction (all or nothing)." };
        var noSchema = new Option<bool>("--no-schema") { Description = "Do not create constraints and indexes first." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show the progress bar." };
        var noAuth = new Option<bool>("--no-auth") { Description = "Send no credentials (only for a server with authentication disabled)." };
        var loadTimeout = new Option<int?>("--load-timeout") { Description = "Seconds allowed for the whole load, 0 for no limit [config Neo4j:LoadTimeoutSeconds, default 3600].", HelpName = "SECONDS" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("neo4j", "Load out/graph.json into Neo4j over the HTTP Query API (idempotent MERGE batches; safe to rerun).")
        {
            from, uri, database, user, password, noAuth, batchSize, single, noSchema, loadTimeout, noProgress, config, set,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Task.FromResult(Usage(context, setError));
            void Put(string key, string? value) { if (value is not null) pairs.Add(new(key, value)); }
            Put("Ingest:OutputDirectory", parse.GetValue(from));
            Put("Neo4j:Uri", parse.GetValue(uri));
            Put("Neo4j:Database", parse.GetValue(database));
            Put("Neo4j:User", parse.GetValue(user));
            Put("Export:BatchSize", parse.GetValue(batchSize)?.ToString(CultureInfo.InvariantCulture));
            Put("Neo4j:LoadTimeoutSeconds", parse.GetValue(loadTimeout)?.ToString(CultureInfo.InvariantCulture));
            var request = new LoadNeo4jRequest(pairs, parse.GetValue(config), parse.GetValue(password),
                parse.GetValue(single) ? TransactionMode.Single : TransactionMode.PerBatch, !parse.GetValue(noSchema), !parse.GetValue(noProgress))
            {
                NoAuth = parse.GetValue(noAuth),
            };
            return RunAsync(context, request, cancellationToken);
        });
        return command;
    }

    /// <summary>Everything the action needs from the command line.</summary>
    public sealed record LoadNeo4jRequest(List<KeyValuePair<string, string?>> Overrides, string? SettingsFile, string? Password,
        TransactionMode Transactions, bool CreateSchema, bool Progress)
    {
        /// <summary>Send no credentials: the only way to run without a password.</summary>
        public bool NoAuth { get; init; }
    }

    public static async Task<int> RunAsync(CliContext context, LoadNeo4jRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        Neo4jConnection connection;
        string fromDirectory;
        int batch;
        LoadNeo4jSettings settings;
        PredicateInventory predicates;
        try
        {
            var configuration = context.Configuration(request.Overrides, request.SettingsFile);
            settings = LoadNeo4jSettings.Bind(configuration);
            var app = AppSettings.Bind(configuration);
            fromDirectory = app.Ingest.OutputDirectory;
            predicates = PredicateInventory.LoadFrom(app.Extraction.OntologyDirectory);
            batch = app.Export.BatchSize;
            if (batch < 1) return Usage(context, $"Export:BatchSize must be at least 1, got {batch}");
            if (LoadNeo4jSettings.PasswordInSettingsFile(configuration))
                context.Error.WriteLine("warning: Neo4j:Password in a settings file is ignored; set NEO4J_PASSWORD or pass --password.");
            var secret = request.NoAuth ? null : LoadNeo4jSettings.Password(request.Password) is { Length: > 0 } given ? given : null;
            connection = new Neo4jConnection(settings.Uri, settings.Database, settings.User, secret)
            {
                RequestTimeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds),
                ConnectTimeout = TimeSpan.FromSeconds(settings.ConnectTimeoutSeconds),
                WaitNoticeInterval = TimeSpan.FromSeconds(settings.WaitNoticeSeconds),
                MaxRetries = settings.MaxRetries,
            };
            if (secret is null && !request.NoAuth)
                return Usage(context, $"no Neo4j password: set {LoadNeo4jSettings.PasswordVariable} or pass --password (--no-auth for a server without authentication)");
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or FileNotFoundException or InvalidDataException)
        {
            return Usage(context, "configuration: " + e.Message);
        }

        // --from may also name the neo4j-import folder inside the output directory, as it did when the loader read the CSVs.
        var setDirectory = Path.GetFileName(Path.TrimEndingDirectorySeparator(fromDirectory)) == BulkImportLayout.Directory
            ? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(fromDirectory)) ?? "." : fromDirectory;
        if (GraphSnapshot.Read(context, setDirectory, predicates) is not { } snapshot) return ExitCodes.PartialFailure;
        var graph = Neo4jGraphMapper.From(snapshot);
        context.Output.WriteLine($"Loading {Path.Combine(setDirectory, GraphSnapshot.FileName)} into Neo4j at {connection}");
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Graph: {graph.Entities.Length} entities, {graph.Articles.Length} articles, {graph.Sentences.Length} sentences, {graph.MentionCount} mentions, {graph.Relations.Length} relations with {graph.EvidenceCount} pieces of evidence"));
        using var http = new Neo4jHttpClientFactory(connection.ConnectTimeout);
        var client = new QueryApiClient(http.CreateClient(), connection,
            notice => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"retrying (attempt {notice.NextAttempt}/{notice.MaxAttempts}) in {notice.Delay.TotalSeconds:0.0} s: {notice.Reason}")),
            wait => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"still waiting for Neo4j at {wait.Server} ({wait.What}): {wait.Elapsed.TotalSeconds:0} s so far, giving up after {connection.RequestTimeout.TotalSeconds:0} s")));
        var options = new LoadOptions
        {
            BatchSize = batch,
            MaxBatchBytes = settings.MaxBatchBytes,
            Transactions = request.Transactions,
            CreateSchema = request.CreateSchema,
            Deadline = settings.LoadTimeoutSeconds > 0 ? TimeSpan.FromSeconds(settings.LoadTimeoutSeconds) : null,
        };
        var interactive = request.Progress && ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        try
        {
            var result = await LoadProgressView.RunAsync(interactive, progress =>
                new Neo4jLoader(client).LoadAsync(graph, options, progress, cancellationToken)).ConfigureAwait(false);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.Rows} rows in {result.Batches} batches ({result.Retries} retries, {result.Splits} batches split for server memory)."));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Database now: {result.NodesAfter} nodes ({result.NodesCreated:+0;-0;+0}), {result.RelationshipsAfter} relationships ({result.RelationshipsCreated:+0;-0;+0})."));
            return ExitCodes.Success;
        }
        catch (Neo4jException e)
        {
            context.Error.WriteLine("error: " + e.Message);
            return ExitCodes.PartialFailure;
        }
    }

    private static int Usage(CliContext context, string message) => context.Usage("load neo4j", message);
}
