namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>One request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Affinity, string? ContentType, string Body);
