using System.CommandLine;
using System.Globalization;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Cli.Streaming;
using GraphBuilder.Streaming.Jobs;
using NATS.Client.Core;
using NATS.Net;

namespace GraphBuilder.Cli.Commands;

/// <summary>`graphbuilder worker --nats URL --stream NAME (--out DIR | --neo4j)`: process articles from the stream, sharing one durable consumer.</summary>
public static class WorkerCommand
{
    public static Command Create(CliContext context)
    {
        var nats = NatsOptions.Url();
        var stream = NatsOptions.Stream();
        var output = new Option<string?>("--out", "-o") { Description = "Write each article's graph to DIR/<article id>.json (graph.json format).", HelpName = "DIR" };
        var neo4j = new Option<bool>("--neo4j") { Description = "Write to Neo4j with idempotent batched MERGEs [config Neo4j:Uri/Database/User, env NEO4J_PASSWORD]." };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per fetch; acknowledged together after the writes commit.", DefaultValueFactory = _ => 64, HelpName = "N" };
        var parallelism = new Option<int>("--parallelism", "-j") { Description = "Articles of a batch extracted in parallel (run one worker per core for the same effect across machines).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var idle = new Option<int?>("--exit-when-idle") { Description = "Exit after the stream has been empty this many seconds (default: run until Ctrl-C).", HelpName = "SECONDS" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("worker", "Consume articles from a NATS JetStream stream, extract them and write the graph; acks only after writes commit, so a killed worker loses nothing.")
        {
            nats, stream, output, neo4j, batchSize, parallelism, idle, config, set,
        };
        command.SetAction((parse, ct) =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Task.FromResult(context.Usage("worker", setError));
            if (parse.GetValue(nats) is { } url) pairs.Add(new("Nats:Url", url));
            if (parse.GetValue(stream) is { } name) pairs.Add(new("Nats:Stream", name));
            var request = new WorkerRequest(pairs, parse.GetValue(config), parse.GetValue(output), parse.GetValue(neo4j),
                parse.GetValue(batchSize), parse.GetValue(parallelism), parse.GetValue(idle));
            return RunAsync(context, request, ct);
        });
        return command;
    }

    private sealed record WorkerRequest(List<KeyValuePair<string, string?>> Overrides, string? SettingsFile, string? Out, bool Neo4j,
        int BatchSize, int Parallelism, int? IdleSeconds);

    private static async Task<int> RunAsync(CliContext context, WorkerRequest request, CancellationToken ct)
    {
        if (request.Out is null && !request.Neo4j) return context.Usage("worker", "say where to write: --out DIR and/or --neo4j");
        if (request.BatchSize < 1 || request.Parallelism < 1 || request.IdleSeconds < 1)
            return context.Usage("worker", "--batch-size, --parallelism and --exit-when-idle must be at least 1");
        if (SettingsLoader.Load(context, "worker", request.Overrides, request.SettingsFile) is not { } settings) return ExitCodes.UsageError;
        if (SettingsLoader.BuildPipeline(context, "worker", settings) is not { } pipeline) return ExitCodes.UsageError;
        NatsSettings nats;
        WorkerSinks sinks;
        try
        {
            var configuration = context.Configuration(request.Overrides, request.SettingsFile);
            nats = NatsSettings.Bind(configuration);
            sinks = WorkerSinks.Create(context, configuration, request.Out, request.Neo4j, settings.Export.BatchSize);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            return context.Usage("worker", "configuration: " + e.Message);
        }
        using var ownedSinks = sinks;
        await using var client = await NatsConnector.ConnectAsync(context, nats.Url, "graphbuilder-worker").ConfigureAwait(false);
        if (client is null) return ExitCodes.PartialFailure;
        var options = new WorkerOptions
        {
            BatchSize = request.BatchSize,
            Parallelism = request.Parallelism,
            ExitWhenIdle = request.IdleSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
        };
        var worker = new StreamWorker(client.CreateJetStreamContext(), nats.Topology, pipeline.Process, sinks.Sinks, options);
        worker.Problem += problem => context.Error.WriteLine("error: " + problem);
        worker.BatchDone += b => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch {b.Batch}: {b.Written} articles written ({b.Redelivered} redelivered, {b.Failed} failed), {b.TotalWritten} in all"));
        context.Output.WriteLine($"Worker on stream {nats.Topology.Stream} (consumer {nats.Topology.Consumer}) at {nats.Url}, writing to {string.Join(" and ", sinks.Sinks.Select(x => x.Name))}");
        try
        {
            var report = await worker.RunAsync(ct).ConfigureAwait(false);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {report.Written} articles in {report.Batches} batches ({report.Redelivered} redelivered, {report.Failed} failed) in {report.Elapsed.TotalSeconds:F1} s, {report.Bytes / 1048576.0 / Math.Max(0.001, report.Elapsed.TotalSeconds):F2} MB/s."));
            return report.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        }
        catch (NatsException e)
        {
            context.Error.WriteLine($"error: NATS: {e.Message}; unacknowledged articles will be delivered again.");
            return ExitCodes.PartialFailure;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("stopped; articles of the unfinished batch were not acknowledged and will be delivered again.");
            return ExitCodes.Success;
        }
    }
}
