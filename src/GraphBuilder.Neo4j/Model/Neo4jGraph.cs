using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// The graph exactly as GraphBuilder writes it to Neo4j: the one model behind the loader,
/// graph.cypher and the bulk-import CSVs, so all three produce the same database.
/// Every collection is ordinal-sorted.
/// </summary>
public sealed record Neo4jGraph(
    ImmutableArray<Neo4jEntity> Entities,
    ImmutableArray<Neo4jArticle> Articles,
    ImmutableArray<Neo4jSentence> Sentences,
    ImmutableArray<Neo4jRelation> Relations)
{
    public static Neo4jGraph Empty { get; } = new([], [], [], []);

    /// <summary>
    /// The languages the entities have names in, ordinal-sorted: one <c>name_xx</c>/<c>names_xx</c> property
    /// pair each, in the entity statements and the columns of <c>entities.csv</c>.
    /// </summary>
    public ImmutableArray<string> NameLanguages =>
        [.. Entities.SelectMany(e => e.LanguageNames.Select(n => n.Language)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Number of (sentence)-[:MENTIONS]->(entity) relationships.</summary>
    public int MentionCount => Sentences.Sum(s => s.EntityIds.Length);

    /// <summary>Number of <c>(:Evidence)</c> nodes.</summary>
    public int EvidenceCount => Relations.Sum(r => r.EvidenceCount);

    /// <summary>Nodes the graph writes: entities, articles, sentences and evidence.</summary>
    public int NodeCount => Entities.Length + Articles.Length + Sentences.Length + EvidenceCount;

    /// <summary>
    /// Relationships the graph writes: typed relations, mentions, article-sentence links and three per
    /// piece of evidence (FROM_SENTENCE, SUBJECT, OBJECT).
    /// </summary>
    public int RelationshipCount => Relations.Length + MentionCount + Sentences.Length + 3 * EvidenceCount;
}
