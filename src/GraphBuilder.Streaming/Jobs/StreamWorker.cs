using System.Diagnostics;
using GraphBuilder.Core.Documents;
using GraphBuilder.Streaming.Messages;
using GraphBuilder.Streaming.Sinks;
using NATS.Client.JetStream;

namespace GraphBuilder.Streaming.Jobs;

/// <summary>
/// Pulls articles from the shared durable consumer in batches, extracts each one, writes the batch to the
/// sinks and acknowledges its messages only after every sink has committed. A worker that dies before the
/// acknowledgement loses nothing: the server redelivers the unacknowledged messages to another worker once
/// their ack wait runs out, and the sinks' writes are idempotent. A message that is not an article, or an
/// article whose extraction fails, is reported and terminated (never redelivered); a batch whose write fails
/// is negatively acknowledged and comes back after <see cref="WorkerOptions.RetryDelay"/>.
/// </summary>
public sealed class StreamWorker(INatsJSContext js, StreamTopology topology, Func<Article, Document> extract,
    IReadOnlyList<IBatchSink> sinks, WorkerOptions options)
{
    /// <summary>One-line problems ("message 12: not an article message: ..."), reported as they happen.</summary>
    public event Action<string>? Problem;

    /// <summary>Raised after each acknowledged batch.</summary>
    public event Action<BatchNotice>? BatchDone;

    public async Task<WorkerReport> RunAsync(CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.FetchWait, TimeSpan.FromSeconds(1), nameof(options.FetchWait));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options.BatchSize));
        await StreamSetup.EnsureStreamAsync(js, topology, ct).ConfigureAwait(false);
        var consumer = await StreamSetup.EnsureConsumerAsync(js, topology, Math.Max(1000, options.BatchSize * 16), ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var idle = Stopwatch.StartNew();
        var (written, redelivered, batches, failed) = (0, 0, 0, 0);
        long bytes = 0;
        while (!ct.IsCancellationRequested)
        {
            var messages = new List<INatsJSMsg<byte[]>>(options.BatchSize);
            var fetch = new NatsJSFetchOpts { MaxMsgs = options.BatchSize, Expires = options.FetchWait };
            await foreach (var message in consumer.FetchAsync<byte[]>(fetch, cancellationToken: ct).ConfigureAwait(false))
                messages.Add(message);
            if (messages.Count == 0)
            {
                if (options.ExitWhenIdle is { } limit && idle.Elapsed >= limit) break;
                continue;
            }
            idle.Restart();
            var batch = await ProcessAsync(messages, ct).ConfigureAwait(false);
            batches++;
            written += batch.Written;
            redelivered += batch.Redelivered;
            failed += batch.Failed;
            bytes += batch.Bytes;
            BatchDone?.Invoke(new BatchNotice(batches, batch.Written, batch.Redelivered, batch.Failed, written));
        }
        return new WorkerReport(written, redelivered, batches, bytes, failed, clock.Elapsed);
    }

    private sealed record BatchResult(int Written, int Redelivered, int Failed, long Bytes);

    private async Task<BatchResult> ProcessAsync(List<INatsJSMsg<byte[]>> messages, CancellationToken ct)
    {
        var documents = new Document?[messages.Count];
        var problems = new string?[messages.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = ct };
        Parallel.For(0, messages.Count, parallel, i => (documents[i], problems[i]) = Extract(messages[i]));

        var good = new List<INatsJSMsg<byte[]>>(messages.Count);
        var failed = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            if (documents[i] is not null) { good.Add(messages[i]); continue; }
            failed++;
            Problem?.Invoke(problems[i]!);
            await messages[i].AckTerminateAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        var batch = documents.OfType<Document>().ToList();
        // Extraction may have eaten into the ack wait; restart it so a slow write is not redelivered to another worker meanwhile.
        foreach (var message in good) await message.AckProgressAsync(cancellationToken: ct).ConfigureAwait(false);
        try
        {
            foreach (var sink in sinks) await sink.WriteAsync(batch, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Problem?.Invoke($"writing {batch.Count} articles failed, they will be delivered again: {e.GetType().Name}: {e.Message}");
            foreach (var message in good) await message.NakAsync(new AckOpts { NakDelay = options.RetryDelay }, ct).ConfigureAwait(false);
            return new BatchResult(0, 0, failed, 0);
        }
        foreach (var message in good) await message.AckAsync(new AckOpts { DoubleAck = true }, ct).ConfigureAwait(false);
        var redelivered = good.Count(m => m.Metadata is { NumDelivered: > 1 });
        return new BatchResult(good.Count, redelivered, failed, good.Sum(m => (long)(m.Data?.Length ?? 0)));
    }

    private (Document?, string?) Extract(INatsJSMsg<byte[]> message)
    {
        var where = message.Metadata is { } meta ? $"message {meta.Sequence.Stream}" : "message";
        Article article;
        try
        {
            article = ArticleMessage.Decode(message.Data ?? []);
        }
        catch (InvalidDataException e)
        {
            return (null, $"{where}: {e.Message}");
        }
        try
        {
            return (extract(article), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, $"{where} ({article.SourcePath}): extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
