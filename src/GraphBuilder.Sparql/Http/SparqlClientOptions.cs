namespace GraphBuilder.Sparql.Http;

/// <summary>
/// How to reach a SPARQL store (bound from the "Sparql" configuration section). Credentials are
/// answered to whatever challenge the server sends (Digest for Virtuoso, Basic for Fuseki).
/// </summary>
public sealed record SparqlClientOptions
{
    /// <summary>Graph Store Protocol endpoint used by publish, e.g. http://localhost:8890/sparql-graph-crud-auth.</summary>
    public string? StoreUrl { get; init; }

    /// <summary>SPARQL query endpoint used by the sparql command, e.g. http://localhost:8890/sparql.</summary>
    public string? Endpoint { get; init; }

    /// <summary>User for HTTP authentication; null for none.</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Query parameter naming the graph in Graph Store Protocol requests ("graph" in SPARQL 1.1).</summary>
    public string GraphParameter { get; init; } = "graph";

    /// <summary>Attempts after the first for transient failures (network errors, 408, 429, 5xx).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; later ones back off exponentially.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);
}
