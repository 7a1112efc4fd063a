namespace GraphBuilder.Streaming.Jobs;

/// <summary>How a <see cref="StreamWorker"/> pulls and processes articles.</summary>
public sealed record WorkerOptions
{
    /// <summary>Articles fetched, extracted and written together before they are acknowledged.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Articles of a batch extracted in parallel inside this process.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>How long one fetch waits for articles to arrive (JetStream requires more than one second).</summary>
    public TimeSpan FetchWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Stop after the stream has had nothing for this long; null = run until cancelled.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }

    /// <summary>Delay before a batch whose write failed is delivered again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);
}
