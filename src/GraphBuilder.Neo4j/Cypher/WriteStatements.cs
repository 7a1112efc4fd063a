using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// The bodies of the write statements, each following <c>UNWIND ... AS row</c>. Labels and types
/// come from <see cref="CypherIdentifier"/>; every value is read from <c>row</c>. All writes MERGE
/// on stable ids and merge list properties as sorted set unions, so running a batch again, or
/// loading an overlapping corpus, never duplicates a node, an edge or a piece of evidence.
/// </summary>
public static class WriteStatements
{
    /// <summary>The parameterised form sent to the server: <c>UNWIND $rows AS row</c> + body.</summary>
    public static string Parameterised(string body) => "UNWIND $rows AS row\n" + body;

    public static string Entity(EntityType type) =>
        $$"""
        MERGE (e:Entity {id: row.id})
        WITH e, row, coalesce(e.aliases, []) + [e.name] + row.aliases AS names
        SET e:{{CypherIdentifier.Label(type)}},
          e.aliases = COLLECT { UNWIND [a IN names WHERE a IS NOT NULL AND a <> row.name] AS a RETURN DISTINCT a ORDER BY a },
          e.name = row.name,
          e.nameLanguage = row.nameLanguage,
          e.wikidata = coalesce(row.wikidata, e.wikidata)
        """;

    public static string Article() =>
        """
        MERGE (a:Article {id: row.id})
        SET a.title = row.title, a.url = row.url, a.published = date(row.published),
          a.source = row.source, a.language = row.language, a.sentenceCount = row.sentenceCount
        """;

    public static string Sentence() =>
        """
        MATCH (a:Article {id: row.articleId})
        MERGE (s:Sentence {id: row.id})
        SET s.articleId = row.articleId, s.index = row.index, s.text = row.text
        MERGE (a)-[:HAS_SENTENCE]->(s)
        """;

    public static string Mention() =>
        """
        MATCH (s:Sentence {id: row.sentence})
        MATCH (e:Entity {id: row.entity})
        MERGE (s)-[:MENTIONS]->(e)
        """;

    public static string Relation(Predicate predicate) =>
        $$"""
        MATCH (s:Entity {id: row.subject})
        MATCH (o:Entity {id: row.object})
        MERGE (s)-[r:{{CypherIdentifier.RelationshipType(predicate)}}]->(o)
        WITH r, row, reduce(acc = {keys: coalesce(r.evidenceKeys, []), confidences: coalesce(r.evidenceConfidences, [])},
          i IN range(0, size(row.evidenceKeys) - 1) |
          CASE WHEN row.evidenceKeys[i] IN acc.keys THEN acc
          ELSE {keys: acc.keys + row.evidenceKeys[i], confidences: acc.confidences + toFloat(row.evidenceConfidences[i])} END) AS evidence
        SET r.evidenceKeys = evidence.keys,
          r.evidenceConfidences = evidence.confidences,
          r.evidenceCount = size(evidence.keys),
          r.confidence = round(1.0 - reduce(p = 1.0, c IN evidence.confidences | p * (1.0 - c)), 4),
          r.articleIds = COLLECT { UNWIND coalesce(r.articleIds, []) + row.articleIds AS x RETURN DISTINCT x ORDER BY x },
          r.sentenceIds = COLLECT { UNWIND coalesce(r.sentenceIds, []) + row.sentenceIds AS x RETURN DISTINCT x ORDER BY x },
          r.attributions = COLLECT { UNWIND coalesce(r.attributions, []) + row.attributions AS x RETURN DISTINCT x ORDER BY x },
          r.firstDate = CASE WHEN row.firstDate IS NULL THEN r.firstDate
            WHEN r.firstDate IS NULL OR date(row.firstDate) < r.firstDate THEN date(row.firstDate) ELSE r.firstDate END,
          r.lastDate = CASE WHEN row.lastDate IS NULL THEN r.lastDate
            WHEN r.lastDate IS NULL OR date(row.lastDate) > r.lastDate THEN date(row.lastDate) ELSE r.lastDate END
        """;
}
