namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// One piece of evidence for a relation: an <c>(:Evidence)</c> node merged on <see cref="Id"/>, linked
/// <c>-[:FROM_SENTENCE]-&gt;</c> to its sentence and <c>-[:SUBJECT]-&gt;</c>/<c>-[:OBJECT]-&gt;</c> to the two
/// entities. Evidence lives in nodes so a relationship keeps only fixed-size aggregates however much
/// evidence accumulates.
/// </summary>
/// <param name="Id">"subject|TYPE|object|articleId/sentence/start-end/rule": unique across the graph.</param>
public sealed record Neo4jEvidence(string Id, string SentenceId, double Confidence, string Rule)
{
    public DateOnly? Date { get; init; }

    /// <summary>Who claims it ("KCNA"), when the text attributes the statement.</summary>
    public string? Attribution { get; init; }

    /// <summary>Character span of the relation in its sentence.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>The id of the evidence with key <paramref name="evidenceKey"/> for the relation (subject, type, object).</summary>
    public static string IdFor(string subjectId, string relationshipType, string objectId, string evidenceKey) =>
        $"{subjectId}|{relationshipType}|{objectId}|{evidenceKey}";
}
