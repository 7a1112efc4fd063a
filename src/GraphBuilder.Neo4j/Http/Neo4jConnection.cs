namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API. <see cref="ToString"/> never shows the password,
/// so a connection can be logged safely.
/// </summary>
public sealed class Neo4jConnection
{
    public Neo4jConnection(string uri, string database = "neo4j", string user = "neo4j", string? password = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (!Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed))
            throw new ArgumentException($"'{uri}' is not an absolute URI; use e.g. http://localhost:7474.", nameof(uri));
        if (parsed.Scheme is not ("http" or "https"))
            throw new ArgumentException(
                $"'{parsed.Scheme}://' is not supported: GraphBuilder speaks Neo4j's HTTP Query API, so use the HTTP port, " +
                "e.g. http://localhost:7474 (for Aura: https://<instance id>.databases.neo4j.io).", nameof(uri));
        if (parsed.UserInfo.Length > 0)
            throw new ArgumentException("Put credentials in the user and password settings, not in the URI.", nameof(uri));
        BaseUri = new Uri(parsed.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        Database = database;
        User = user;
        Password = password;
    }

    public Uri BaseUri { get; }
    public string Database { get; }
    public string User { get; }

    /// <summary>Null sends no Authorization header (for servers with authentication disabled).</summary>
    public string? Password { get; }

    /// <summary>Time allowed for one HTTP request before it is abandoned (and retried).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Time allowed to open a TCP (and TLS) connection; much shorter than a request may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a still unanswered request is reported (see <see cref="WaitNotice"/>).</summary>
    public TimeSpan WaitNoticeInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt for transient failures.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary><c>{base}db/{database}/query/v2</c>.</summary>
    public Uri QueryEndpoint => new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/query/v2");

    /// <summary><c>{base}db/{database}/query/v2/tx</c>, plus <c>/{id}</c> and <c>/{id}/commit</c>.</summary>
    public Uri TransactionEndpoint(string? id = null, bool commit = false) =>
        new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/query/v2/tx"
            + (id is null ? "" : "/" + Uri.EscapeDataString(id)) + (commit ? "/commit" : ""));

    public override string ToString() => $"{BaseUri} (database {Database}, user {User})";
}
