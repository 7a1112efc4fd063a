using System.Text.RegularExpressions;
using GraphBuilder.Streaming.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Streaming.Tests.Jobs;

/// <summary>
/// The distributed path end to end with real processes: `submit` to a real nats-server, three `worker`
/// processes sharing the durable consumer, one SIGKILLed mid-stream. The workers' graph.json output must
/// hold every article exactly once, with exactly the relation evidence a single `ingest` run finds.
/// </summary>
public sealed partial class WorkerProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [SkippableFact]
    public void Worker_ThreeWorkersOneKilledMidStream_EveryArticleWrittenExactlyOnce()
    {
        using var server = NatsServer.Start();
        using var temp = new TempDirectory();
        var corpus = TestCorpus.Write(temp.File("corpus.jsonl"), articles: 600);
        var sink = temp.File("sink");
        string[] common = ["--nats", server.Url, "--stream", "kill", "--set", "Nats:AckWaitSeconds=2"];

        var submit = CliProcess.Run(Timeout, ["submit", corpus, .. common]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        Assert.Contains("Submitted 600 articles", submit.Output);

        string[] worker = ["worker", .. common, "--out", sink, "--batch-size", "16", "--exit-when-idle", "6"];
        using var victim = CliProcess.Start(worker);
        using var second = CliProcess.Start(worker);
        using var third = CliProcess.Start(worker);
        WaitFor(() => victim.Error.Contains("batch 1:"), "the first worker to write a batch");
        victim.KillHard();

        Assert.Equal(0, second.WaitForExit(Timeout));
        Assert.Equal(0, third.WaitForExit(Timeout));
        var reference = CliProcess.Run(Timeout, "ingest", corpus, "--out", temp.File("full"), "--formats", "json", "--no-progress");
        Assert.True(reference.ExitCode == 0, reference.Error);
        var full = EvidenceSet.Read(Path.Combine(temp.File("full"), "graph.json"));

        var files = Directory.EnumerateFiles(sink, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(full.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), files);
        Assert.Empty(Directory.EnumerateFiles(sink, "*.tmp"));
        var expected = EvidenceSet.Of(full).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, EvidenceSet.OfDirectory(sink));
        Console.WriteLine($"redelivered after the kill: {Redelivered(second.Output) + Redelivered(third.Output)} articles");
    }

    [SkippableFact]
    public void Submit_SameArticlesTwice_ServerDropsTheSecondCopy()
    {
        using var server = NatsServer.Start();
        using var temp = new TempDirectory();
        var corpus = TestCorpus.Write(temp.File("corpus.jsonl"), articles: 20);

        var first = CliProcess.Run(Timeout, "submit", corpus, "--nats", server.Url, "--stream", "dup");
        var again = CliProcess.Run(Timeout, "submit", corpus, RepoPaths.Seeds, "--nats", server.Url, "--stream", "dup");

        Assert.Contains("Submitted 20 articles", first.Output);
        Assert.Contains("(20 already on the stream", again.Output);
        Assert.Contains($"Submitted {Directory.GetFiles(RepoPaths.Seeds, "*.txt").Length} articles", again.Output);
    }

    [SkippableFact]
    public void Submit_NoServerThere_OneLineErrorAndExitCode1()
    {
        using var temp = new TempDirectory();
        var result = CliProcess.Run(Timeout, "submit", RepoPaths.Seeds, "--nats", "nats://127.0.0.1:1", "--stream", "x");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot connect to NATS at nats://127.0.0.1:1", result.Error);
    }

    private static int Redelivered(string output) =>
        RedeliveredPattern().Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static void WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("timed out waiting for " + what);
            Thread.Sleep(20);
        }
    }

    [GeneratedRegex(@"\((\d+) redelivered")]
    private static partial Regex RedeliveredPattern();
}
