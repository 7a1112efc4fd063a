using System.Text;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>One request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Affinity, string? ContentType, string Body)
{
    public string? Accept { get; init; }

    /// <summary>Size of the body as sent (UTF-8 bytes).</summary>
    public int Bytes => Encoding.UTF8.GetByteCount(Body);
}
