namespace GraphBuilder.Streaming.Jobs;

/// <summary>What one worker did: articles written and acknowledged, how many of them were redeliveries, and the problems seen.</summary>
public sealed record WorkerReport(int Written, int Redelivered, int Batches, long Bytes, int Failed, TimeSpan Elapsed);

/// <summary>One finished batch, for progress lines.</summary>
public sealed record BatchNotice(int Batch, int Written, int Redelivered, int Failed, int TotalWritten);
