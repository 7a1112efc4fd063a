using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Loading;

/// <summary>How a load writes.</summary>
public sealed record LoadOptions
{
    /// <summary>Rows per UNWIND batch (one HTTP request each).</summary>
    public int BatchSize { get; init; } = WritePlan.DefaultBatchSize;

    public TransactionMode Transactions { get; init; } = TransactionMode.PerBatch;

    /// <summary>Create constraints and indexes first (IF NOT EXISTS, so harmless when they exist).</summary>
    public bool CreateSchema { get; init; } = true;
}
