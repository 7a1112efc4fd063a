namespace GraphBuilder.Neo4j.Http;

/// <summary>Told every <see cref="Neo4jConnection.WaitNoticeInterval"/> while one request is still unanswered.</summary>
public sealed record WaitNotice(string What, TimeSpan Elapsed, Uri Server);
