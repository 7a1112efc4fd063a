using System.Text;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Streaming.Jobs;
using GraphBuilder.Streaming.Messages;
using GraphBuilder.Streaming.Sinks;
using GraphBuilder.Streaming.Tests.Support;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Net;

namespace GraphBuilder.Streaming.Tests.Jobs;

/// <summary>The worker loop in process against a real nats-server, with a recording sink.</summary>
public class StreamWorkerTests
{
    private static readonly WorkerOptions Fast = new() { BatchSize = 4, FetchWait = TimeSpan.FromSeconds(1.2), ExitWhenIdle = TimeSpan.FromSeconds(3), RetryDelay = TimeSpan.FromMilliseconds(200) };

    /// <summary>Records the article ids of every batch; fails the first <c>failures</c> writes.</summary>
    private sealed class RecordingSink(int failures) : IBatchSink
    {
        private int _calls;
        public List<string> Written { get; } = [];
        public string Name => "recording";

        public Task WriteAsync(IReadOnlyList<Document> documents, CancellationToken ct)
        {
            if (Interlocked.Increment(ref _calls) <= failures) throw new IOException("disk full");
            lock (Written) Written.AddRange(documents.Select(d => d.Article.Id));
            return Task.CompletedTask;
        }
    }

    private static Article Article(int n)
    {
        var text = $"Artikel nomor {n}.";
        return new Article(ContentHash.ArticleId(text), "t" + n, text, $"a{n}.txt");
    }

    private static async Task PublishAsync(INatsJSContext js, StreamTopology topology, IEnumerable<byte[]> payloads)
    {
        await StreamSetup.EnsureStreamAsync(js, topology, default);
        var n = 0;
        foreach (var payload in payloads)
            (await js.PublishAsync(topology.Subject, payload, opts: new NatsJSPubOpts { MsgId = "m" + n++ })).EnsureSuccess();
    }

    [SkippableFact]
    public async Task RunAsync_WriteFailsOnce_BatchDeliveredAgainAndEveryArticleWritten()
    {
        using var server = NatsServer.Start();
        await using var client = new NatsClient(new NatsOpts { Url = server.Url });
        var js = client.CreateJetStreamContext();
        var topology = new StreamTopology("retry");
        var articles = Enumerable.Range(0, 10).Select(Article).ToList();
        await PublishAsync(js, topology, articles.Select(ArticleMessage.Encode));
        var sink = new RecordingSink(failures: 1);
        var problems = new List<string>();
        var worker = new StreamWorker(js, topology, a => new Document(a), [sink], Fast);
        worker.Problem += problems.Add;

        var report = await worker.RunAsync();

        Assert.Equal(articles.Select(a => a.Id).Order(StringComparer.Ordinal), sink.Written.Order(StringComparer.Ordinal));
        Assert.Equal(10, report.Written);
        Assert.True(report.Redelivered >= 1, "the batch whose write failed must come back");
        Assert.Contains(problems, p => p.Contains("will be delivered again") && p.Contains("disk full"));
    }

    [SkippableFact]
    public async Task RunAsync_MessageNotAnArticle_ReportedAndTheOthersWritten()
    {
        using var server = NatsServer.Start();
        await using var client = new NatsClient(new NatsOpts { Url = server.Url });
        var js = client.CreateJetStreamContext();
        var topology = new StreamTopology("poison");
        await PublishAsync(js, topology, [ArticleMessage.Encode(Article(1)), Encoding.UTF8.GetBytes("{oops"), ArticleMessage.Encode(Article(2))]);
        var sink = new RecordingSink(failures: 0);
        var problems = new List<string>();
        var worker = new StreamWorker(js, topology, a => new Document(a), [sink], Fast);
        worker.Problem += problems.Add;

        var report = await worker.RunAsync();

        Assert.Equal(2, sink.Written.Count);
        Assert.Equal(1, report.Failed);
        Assert.StartsWith("message 2: not an article message", Assert.Single(problems));
    }
}
