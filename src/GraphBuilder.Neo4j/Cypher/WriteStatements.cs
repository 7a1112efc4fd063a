using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// The bodies of the write statements, each following <c>UNWIND ... AS row</c>. Labels and types
/// come from <see cref="CypherIdentifier"/>; every value is read from <c>row</c>. All writes MERGE
/// on stable ids (entity aliases merge as a sorted set union; evidence as nodes of its own), so running
/// a batch again, or loading an overlapping corpus, never duplicates a node, an edge or a piece of evidence.
/// </summary>
public static class WriteStatements
{
    /// <summary>The parameterised form sent to the server: <c>UNWIND $rows AS row</c> + body.</summary>
    public static string Parameterised(string body) => "UNWIND $rows AS row\n" + body;

    /// <summary>
    /// An entity of <paramref name="type"/>, with <c>name_xx</c> and <c>names_xx</c> for each of
    /// <paramref name="languages"/> (checked tags, <see cref="CypherIdentifier.NameProperty"/>). Per
    /// language the names merge as a sorted set union, as aliases do, and the preferred name is kept
    /// when a row has none; an entity never named in a language gets no property for it.
    /// </summary>
    public static string Entity(EntityType type, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var perLanguage = string.Concat(languages.Select(language =>
        {
            var (one, all) = (CypherIdentifier.NameProperty(language), CypherIdentifier.NamesProperty(language));
            return $$"""
                ,
                  e.{{one}} = coalesce(row.{{one}}, e.{{one}}),
                  e.{{all}} = CASE WHEN e.{{all}} IS NULL AND size(row.{{all}}) = 0 THEN null
                    ELSE COLLECT { UNWIND coalesce(e.{{all}}, []) + row.{{all}} AS a RETURN DISTINCT a ORDER BY a } END
                """;
        }));
        return $$"""
            MERGE (e:Entity {id: row.id})
            WITH e, row, coalesce(e.aliases, []) + [e.name] + row.aliases AS names
            SET e:{{CypherIdentifier.Label(type)}},
              e.aliases = COLLECT { UNWIND [a IN names WHERE a IS NOT NULL AND a <> row.name] AS a RETURN DISTINCT a ORDER BY a },
              e.name = row.name,
              e.nameLanguage = row.nameLanguage,
              e.wikidata = coalesce(row.wikidata, e.wikidata)
            """ + perLanguage;
    }

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

    /// <summary>
    /// A relation with a slice of its evidence (<see cref="CypherRows.Relation"/>): each evidence node is
    /// merged on its id and linked to its sentence and both entities; only the evidence this statement
    /// created (marked for the length of the statement) is folded into the relationship's aggregates (count, disbelief product, noisy-or
    /// confidence, first and last date). Work is constant per piece of evidence, so a load is linear in
    /// the evidence and the relationship never grows; running it again adds nothing.
    /// A batch holds each relation at most once, so the aggregation groups exactly one row's evidence per relationship.
    /// </summary>
    public static string Relation(Predicate predicate)
    {
        var type = CypherIdentifier.RelationshipType(predicate);
        return $$"""
            MATCH (s:Entity {id: row.subject})
            MATCH (o:Entity {id: row.object})
            MERGE (s)-[r:{{type}}]->(o)
            ON CREATE SET r.evidenceCount = 0, r.disbelief = 1.0, r.confidence = 0.0
            WITH s, o, r, row
            UNWIND row.evidence AS e
            MATCH (sentence:Sentence {id: e.sentence})
            MERGE (ev:Evidence {id: e.id})
            ON CREATE SET ev.type = '{{type}}', ev.confidence = toFloat(e.confidence), ev.rule = e.rule, ev.date = date(e.date),
              ev.attribution = e.attribution, ev.start = e.start, ev.end = e.end, ev.created = true
            MERGE (ev)-[:{{CypherIdentifier.FromSentence}}]->(sentence)
            MERGE (ev)-[:{{CypherIdentifier.Subject}}]->(s)
            MERGE (ev)-[:{{CypherIdentifier.Object}}]->(o)
            WITH r, ev, e WHERE ev.created
            REMOVE ev.created
            WITH r, count(ev) AS added, reduce(p = 1.0, c IN collect(toFloat(e.confidence)) | p * (1.0 - c)) AS product,
              min(date(e.date)) AS first, max(date(e.date)) AS last
            WITH r, added, coalesce(r.disbelief, 1.0) * product AS disbelief, first, last
            SET r.evidenceCount = coalesce(r.evidenceCount, 0) + added,
              r.disbelief = disbelief,
              r.confidence = round(1.0 - disbelief, 4),
              r.firstDate = CASE WHEN first IS NULL THEN r.firstDate
                WHEN r.firstDate IS NULL OR first < r.firstDate THEN first ELSE r.firstDate END,
              r.lastDate = CASE WHEN last IS NULL THEN r.lastDate
                WHEN r.lastDate IS NULL OR last > r.lastDate THEN last ELSE r.lastDate END
            """;
    }
}
