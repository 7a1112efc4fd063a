namespace GraphBuilder.Neo4j.Http;

/// <summary>Told before each retry: which attempt comes next, after what delay, and why.</summary>
public sealed record RetryNotice(int NextAttempt, int MaxAttempts, TimeSpan Delay, string Reason);
