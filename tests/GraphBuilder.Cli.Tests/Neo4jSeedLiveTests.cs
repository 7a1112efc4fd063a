using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The real seed run loaded into a real Neo4j through the CLI, when NEO4J_URI (http://...) and
/// NEO4J_PASSWORD are set: loading twice (once per batch, once in one transaction) leaves the counts
/// unchanged and the evidence query answers. Seed nodes that did not exist before the test are removed afterwards.
/// </summary>
public sealed class Neo4jSeedLiveTests
{
    private static readonly string? Uri = Environment.GetEnvironmentVariable("NEO4J_URI");

    [SkippableFact]
    public async Task LoadNeo4j_SeedsTwice_CountsUnchangedAndEvidenceQueryable()
    {
        if (string.IsNullOrEmpty(Uri)) Console.WriteLine("SKIPPED: NEO4J_URI is not set (point it at a Neo4j 5.26+ HTTP address to run the live test)");
        Skip.If(string.IsNullOrEmpty(Uri), "NEO4J_URI is not set (point it at a Neo4j 5.26+ HTTP address to run the live test)");
        using var dir = new TempDirectory();
        var ingest = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "neo4j-csv,json", "--no-progress");
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        var graph = BulkImportReader.Read(dir.Path, TestOntology.Predicates);
        string[] ids = [.. graph.Entities.Select(e => e.Id), .. graph.Articles.Select(a => a.Id), .. graph.Sentences.Select(s => s.Id),
            .. graph.Relations.SelectMany(r => r.Evidence).Select(e => e.Id)];
        var client = new QueryApiClient(new Neo4jHttpClientFactory().CreateClient(), new Neo4jConnection(
            Uri!, Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD")));
        var existedBefore = await CountNodesAsync(client, ids);
        try
        {
            var first = CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", Uri!, "--no-progress");
            Assert.True(first.ExitCode == 0, first.Err);
            var afterFirst = (await CountNodesAsync(client, ids), await CountRelationshipsAsync(client, ids));
            var second = CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", Uri!, "--no-progress", "--single-transaction");
            Assert.True(second.ExitCode == 0, second.Err);

            Assert.Equal(afterFirst, (await CountNodesAsync(client, ids), await CountRelationshipsAsync(client, ids)));
            Assert.Equal(ids.Length, afterFirst.Item1);
            var expected = graph.Relations.Single(r => r is { SubjectId: "country/north-korea", ObjectId: "country/russia", Predicate.LocalName: "supports" });
            var evidence = await client.QueryAsync(
                "MATCH (:Entity {id: 'country/north-korea'})-[r:SUPPORTS]->(:Entity {id: 'country/russia'}) " +
                "MATCH (:Entity {id: 'country/north-korea'})<-[:SUBJECT]-(ev:Evidence {type: 'SUPPORTS'})-[:OBJECT]->(:Entity {id: 'country/russia'}) " +
                "MATCH (ev)-[:FROM_SENTENCE]->(s:Sentence) RETURN r.evidenceCount, count(DISTINCT ev), count(DISTINCT s)",
                new CypherRow(), "evidence");
            Assert.Equal(expected.EvidenceCount, evidence.Values[0][0].GetInt64());
            Assert.Equal(expected.EvidenceCount, evidence.Values[0][1].GetInt64());
            Assert.Equal(expected.Evidence.Select(e => e.SentenceId).Distinct().Count(), evidence.Values[0][2].GetInt64());
        }
        finally
        {
            if (existedBefore == 0)
                await client.QueryAsync("MATCH (n) WHERE n.id IN $ids DETACH DELETE n", new CypherRow(("ids", ids)), "cleanup");
        }
    }

    private static async Task<long> CountNodesAsync(QueryApiClient client, string[] ids) =>
        (await client.QueryAsync("MATCH (n) WHERE n.id IN $ids RETURN count(n)", new CypherRow(("ids", ids)), "count nodes")).SingleLong();

    private static async Task<long> CountRelationshipsAsync(QueryApiClient client, string[] ids) =>
        (await client.QueryAsync("MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r)", new CypherRow(("ids", ids)), "count relationships")).SingleLong();
}
