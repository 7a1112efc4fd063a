using System.Diagnostics;

namespace GraphBuilder.Neo4j.Http;

/// <summary>Reports a request that is still unanswered, every <see cref="Neo4jConnection.WaitNoticeInterval"/>, until disposed.</summary>
internal sealed class WaitNotes : IDisposable
{
    private readonly Timer _timer;

    private WaitNotes(Action<WaitNotice> notify, Neo4jConnection connection, string what)
    {
        var clock = Stopwatch.StartNew();
        var interval = connection.WaitNoticeInterval;
        _timer = new Timer(_ => notify(new WaitNotice(what, clock.Elapsed, connection.BaseUri)), null, interval, interval);
    }

    public static IDisposable? Start(Action<WaitNotice>? notify, Neo4jConnection connection, string what) =>
        notify is null || connection.WaitNoticeInterval <= TimeSpan.Zero ? null : new WaitNotes(notify, connection, what);

    public void Dispose() => _timer.Dispose();
}
