using System.Collections.Immutable;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Http;

/// <summary>A successful Query API answer: result fields and rows (plain JSON values), bookmarks, transaction id.</summary>
public sealed record QueryResult(ImmutableArray<string> Fields, ImmutableArray<ImmutableArray<JsonElement>> Values)
{
    public ImmutableArray<string> Bookmarks { get; init; } = [];

    /// <summary>Id of the open explicit transaction, when the answer belongs to one.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The <c>neo4j-cluster-affinity</c> header to replay on later requests of the transaction.</summary>
    public string? ClusterAffinity { get; init; }

    /// <summary>The request this answers ("Counting"), for error messages.</summary>
    public string What { get; init; } = "query";

    public Uri? Server { get; init; }

    /// <summary>The single integer value of a one-row, one-column result (e.g. <c>RETURN count(n)</c>).</summary>
    public long SingleLong()
    {
        if (Values.Length != 1 || Values[0].Length != 1 || Values[0][0].ValueKind != JsonValueKind.Number || !Values[0][0].TryGetInt64(out var value))
            throw new Neo4jProtocolException(
                $"{What}: {Server?.ToString() ?? "the server"} answered {Values.Length} rows where one integer was expected; is it a Neo4j 5.26+ server?");
        return value;
    }
}
