namespace GraphBuilder.Neo4j.Loading;

/// <summary>Progress of a load: what is being written and how many of all rows are done.</summary>
public sealed record LoadProgress(string Kind, int RowsDone, int RowsTotal);
