namespace GraphBuilder.Neo4j.Loading;

/// <summary>What a load did: rows and batches sent, and the database's node and relationship counts before and after.</summary>
public sealed record LoadResult(int Rows, int Batches, long NodesBefore, long NodesAfter, long RelationshipsBefore, long RelationshipsAfter)
{
    /// <summary>Retries made for transient failures.</summary>
    public int Retries { get; init; }

    /// <summary>Batches split in two because the server ran out of memory on them.</summary>
    public int Splits { get; init; }

    public long NodesCreated => NodesAfter - NodesBefore;
    public long RelationshipsCreated => RelationshipsAfter - RelationshipsBefore;
}
