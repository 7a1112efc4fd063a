using GraphBuilder.Core.Identity;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.Streaming.Messages;
using NATS.Client.JetStream;

namespace GraphBuilder.Streaming.Jobs;

/// <summary>
/// Publishes every article under the given paths to the stream. The message id is the SHA-256 of the
/// article text, so the server drops an article published again within the duplicate window
/// (a re-run of <c>submit</c>, or the same text in two files). Unreadable inputs are reported and skipped.
/// </summary>
public sealed class ArticleSubmitter(INatsJSContext js, StreamTopology topology, ArticleSource source)
{
    /// <summary>Raised after each input result, with whether the server called it a duplicate.</summary>
    public event Action<ArticleReadResult>? Progress;

    public async Task<SubmitReport> RunAsync(IEnumerable<string> paths, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        await StreamSetup.EnsureStreamAsync(js, topology, ct).ConfigureAwait(false);
        var (published, duplicates) = (0, 0);
        long bytes = 0;
        var errors = new List<string>();
        foreach (var result in source.ReadAll(paths, ct))
        {
            bytes += result.Bytes;
            if (result.Article is not { } article)
            {
                errors.Add($"{result.Path}: {result.Error}");
            }
            else
            {
                var opts = new NatsJSPubOpts { MsgId = ContentHash.Of(article.Text) };
                var ack = await js.PublishAsync(topology.Subject, ArticleMessage.Encode(article), opts: opts, cancellationToken: ct).ConfigureAwait(false);
                if (ack.Duplicate) { duplicates++; }
                else { ack.EnsureSuccess(); published++; }
            }
            Progress?.Invoke(result);
        }
        return new SubmitReport(published, duplicates, bytes, [.. errors]);
    }
}

/// <summary>What <see cref="ArticleSubmitter"/> did: articles stored, articles the server dropped as duplicates, input problems.</summary>
public sealed record SubmitReport(int Published, int Duplicates, long Bytes, IReadOnlyList<string> Errors);
