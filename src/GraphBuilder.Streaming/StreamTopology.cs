namespace GraphBuilder.Streaming;

/// <summary>
/// Where articles travel: a JetStream stream, the one subject it captures, and the durable pull consumer
/// that every worker shares (so each article goes to one worker at a time).
/// </summary>
public sealed record StreamTopology
{
    public StreamTopology(string stream, string? consumer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stream);
        if (stream.Any(c => c is '.' or '*' or '>' or '/' or '\\' || char.IsWhiteSpace(c)))
            throw new ArgumentException($"stream name '{stream}' may not contain '.', '*', '>', slashes or spaces", nameof(stream));
        Stream = stream;
        Consumer = string.IsNullOrWhiteSpace(consumer) ? "graphbuilder-workers" : consumer;
    }

    public string Stream { get; }

    /// <summary>The subject articles are published on: "&lt;stream&gt;.articles".</summary>
    public string Subject => Stream + ".articles";

    /// <summary>Name of the durable pull consumer the workers share.</summary>
    public string Consumer { get; }

    /// <summary>How long the server remembers a message id to drop a re-published article.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long a delivered article may stay unacknowledged before the server hands it to another worker.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);
}
