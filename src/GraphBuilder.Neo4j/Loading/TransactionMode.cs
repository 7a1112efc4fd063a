namespace GraphBuilder.Neo4j.Loading;

/// <summary>Transaction granularity of a load.</summary>
public enum TransactionMode
{
    /// <summary>Each batch commits on its own (implicit transaction) and is retried on its own. Scales to any size.</summary>
    PerBatch,

    /// <summary>All batches in one explicit transaction: all or nothing; a transient failure retries the whole load.</summary>
    Single,
}
