using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Loading;

/// <summary>How a load writes.</summary>
public sealed record LoadOptions
{
    /// <summary>Rows per UNWIND batch (one HTTP request each); a relation counts one row per piece of evidence.</summary>
    public int BatchSize { get; init; } = WritePlan.DefaultBatchSize;

    /// <summary>Estimated parameter bytes per batch: a batch ends at whichever of the two limits comes first.</summary>
    public long MaxBatchBytes { get; init; } = WritePlan.DefaultMaxBatchBytes;

    public TransactionMode Transactions { get; init; } = TransactionMode.PerBatch;

    /// <summary>Create constraints and indexes first (IF NOT EXISTS, so harmless when they exist).</summary>
    public bool CreateSchema { get; init; } = true;

    /// <summary>Time allowed for the whole load, retries included; null for none.</summary>
    public TimeSpan? Deadline { get; init; }
}
