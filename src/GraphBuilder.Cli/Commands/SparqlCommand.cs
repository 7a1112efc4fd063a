using System.CommandLine;
using GraphBuilder.Sparql.Http;
using GraphBuilder.Sparql.Query;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder sparql --endpoint URL --query FILE|TEXT [--format table|csv|json]`: runs a query
/// with the SPARQL 1.1 Protocol and prints the answer.
/// </summary>
public static class SparqlCommand
{
    public static Command Create(CliContext context)
    {
        var endpoint = new Option<string?>("--endpoint") { Description = "SPARQL query endpoint, e.g. http://localhost:8890/sparql [config Sparql:Endpoint].", HelpName = "URL" };
        var query = new Option<string>("--query", "-q") { Description = "A query file (e.g. queries/who-met-whom.rq) or the query text.", HelpName = "FILE|TEXT", Required = true };
        var format = new Option<string>("--format") { Description = "Output: table, csv or json.", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("sparql", "Run a SPARQL query against an endpoint and print the results.")
        {
            endpoint, query, format, config, set,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Task.FromResult(Usage(context, setError));
            if (parse.GetValue(endpoint) is { } url) pairs.Add(new("Sparql:Endpoint", url));
            return RunAsync(context, pairs, parse.GetValue(config), parse.GetValue(query)!, parse.GetValue(format) ?? "table", cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, List<KeyValuePair<string, string?>> overrides, string? settingsFile, string queryArgument, string format, CancellationToken ct)
    {
        SparqlClientOptions options;
        try
        {
            options = context.Configuration(overrides, settingsFile).GetSection("Sparql").Get<SparqlClientOptions>() ?? new SparqlClientOptions();
        }
        catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or FormatException or InvalidDataException)
        {
            return Usage(context, "configuration: " + e.Message);
        }
        if (string.IsNullOrWhiteSpace(options.Endpoint))
            return Usage(context, "no endpoint: pass --endpoint URL (e.g. http://localhost:8890/sparql) or set Sparql:Endpoint");
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Usage(context, $"--endpoint must be an http(s) URL, got '{options.Endpoint}'");

        string text;
        if (File.Exists(queryArgument)) text = await File.ReadAllTextAsync(queryArgument, ct).ConfigureAwait(false);
        else if (queryArgument.EndsWith(".rq", StringComparison.OrdinalIgnoreCase) || queryArgument.EndsWith(".sparql", StringComparison.OrdinalIgnoreCase))
        {
            return Usage(context, $"query file not found: {queryArgument}");
        }
        else text = queryArgument;

        using var services = SparqlHttp.CreateServices(options);
        var client = new SparqlQueryClient(SparqlHttp.CreateClient(services), options.Endpoint, options);
        context.Error.WriteLine($"querying {options.Endpoint} ...");
        try
        {
            var result = await client.QueryAsync(text, ct).ConfigureAwait(false);
            SparqlResultFormatter.Write(result, format, context.Output);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is SparqlHttpException or HttpRequestException or TaskCanceledException)
        {
            context.Error.WriteLine($"error: query against {options.Endpoint}: {e.Message}");
            if (ConnectionHint.For(e, options.Endpoint, options.Timeout) is { } hint) context.Error.WriteLine(hint);
            return ExitCodes.PartialFailure;
        }
    }

    private static int Usage(CliContext context, string message) => context.Usage("sparql", message);
}
