using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// Constraints and indexes, created before any data: uniqueness of every node id (which also
/// makes each MERGE an index lookup) and indexes for looking entities up by name and articles by date.
/// All are <c>IF NOT EXISTS</c>, so running them again changes nothing.
/// </summary>
public static class SchemaStatements
{
    public static ImmutableArray<string> All { get; } =
    [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
        "CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:Entity) ON (n.wikidata)",
        "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]",
    ];
}
