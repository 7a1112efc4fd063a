using System.CommandLine;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Cli.Streaming;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Streaming.Jobs;
using NATS.Client.Core;
using NATS.Net;

namespace GraphBuilder.Cli.Commands;

/// <summary>`graphbuilder submit PATHS --nats URL --stream NAME`: publish articles to a JetStream stream for workers.</summary>
public static class SubmitCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories of .txt, .md, .html and .jsonl articles.", Arity = ArgumentArity.OneOrMore };
        var nats = NatsOptions.Url();
        var stream = NatsOptions.Stream();
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("submit", "Publish articles to a NATS JetStream stream (message id = content hash, so the server drops duplicates); `worker` processes them.")
        {
            paths, nats, stream, config, set,
        };
        command.SetAction((parse, ct) =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Task.FromResult(context.Usage("submit", setError));
            if (parse.GetValue(nats) is { } url) pairs.Add(new("Nats:Url", url));
            if (parse.GetValue(stream) is { } name) pairs.Add(new("Nats:Stream", name));
            return RunAsync(context, parse.GetValue(paths) ?? [], pairs, parse.GetValue(config), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, List<KeyValuePair<string, string?>> overrides, string? settingsFile, CancellationToken ct)
    {
        if (SettingsLoader.Load(context, "submit", overrides, settingsFile) is not { } settings) return ExitCodes.UsageError;
        NatsSettings nats;
        try { nats = NatsSettings.Bind(context.Configuration(overrides, settingsFile)); }
        catch (Exception e) when (e is ArgumentException or FormatException) { return context.Usage("submit", "configuration: " + e.Message); }
        await using var client = await NatsConnector.ConnectAsync(context, nats.Url, "graphbuilder-submit").ConfigureAwait(false);
        if (client is null) return ExitCodes.PartialFailure;
        var submitter = new ArticleSubmitter(client.CreateJetStreamContext(), nats.Topology,
            new ArticleSource(new ReaderLimits { MaxArticleBytes = settings.Ingest.MaxArticleBytes }));
        try
        {
            var report = await submitter.RunAsync(paths, ct).ConfigureAwait(false);
            foreach (var error in report.Errors) context.Error.WriteLine("error: " + error);
            context.Output.WriteLine($"Submitted {report.Published} articles to stream {nats.Topology.Stream} at {nats.Url} " +
                $"({report.Duplicates} already on the stream, dropped by the server; {report.Errors.Count} inputs unreadable).");
            return report.Errors.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        }
        catch (NatsException e)
        {
            context.Error.WriteLine($"error: publishing to stream {nats.Topology.Stream} failed: {e.Message}");
            return ExitCodes.PartialFailure;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("error: cancelled; the articles published so far stay on the stream (submit again to add the rest, duplicates are dropped).");
            return ExitCodes.PartialFailure;
        }
    }
}
