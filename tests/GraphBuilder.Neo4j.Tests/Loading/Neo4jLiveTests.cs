using System.Text.Json;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Loading;

/// <summary>
/// Against a real Neo4j 5.26+, when NEO4J_URI (http://...) is set, with NEO4J_PASSWORD and optionally
/// NEO4J_USER and NEO4J_DATABASE. Every id is under a unique "live-test/..." prefix, deleted at the end.
/// </summary>
public sealed class Neo4jLiveTests
{
    private static readonly string? Uri = Environment.GetEnvironmentVariable("NEO4J_URI");

    private static QueryApiClient Client() => new(new Neo4jHttpClientFactory().CreateClient(), new Neo4jConnection(
        Uri!, Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD")));

    [SkippableFact]
    public async Task LoadAsync_SeedLikeTwiceThenMoreEvidence_CountsStableAndEvidenceGrows()
    {
        SkipWithoutServer();
        var prefix = $"live-test/{Guid.NewGuid():N}/";
        var client = Client();
        var loader = new Neo4jLoader(client);
        try
        {
            var graph = PrefixedGraph.Under(prefix, Neo4jGraphMapper.From(TestGraphs.SeedLike()));
            await loader.LoadAsync(graph, new LoadOptions { BatchSize = 2 });
            var first = await CountsAsync(client, prefix);
            Assert.Equal((graph.NodeCount, graph.RelationshipCount), first);

            await loader.LoadAsync(graph, new LoadOptions { BatchSize = 2 });
            Assert.Equal(first, await CountsAsync(client, prefix));

            var supports = await EdgeAsync(client, prefix + "country/north-korea", prefix + "country/russia");
            Assert.Equal(1, supports.GetProperty("count").GetInt64());
            Assert.Equal(["Korea Utara mendukung Rusia."], supports.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));

            // A later run over one more article: the same edge gains its evidence, no new entity appears.
            var more = PrefixedGraph.Under(prefix, Neo4jGraphMapper.From(SecondArticle()));
            await loader.LoadAsync(more, new LoadOptions { Transactions = TransactionMode.Single });
            await loader.LoadAsync(more, new LoadOptions());
            supports = await EdgeAsync(client, prefix + "country/north-korea", prefix + "country/russia");
            Assert.Equal(2, supports.GetProperty("count").GetInt64());
            Assert.Equal(2, supports.GetProperty("articles").GetArrayLength());
            Assert.Equal(0.99, supports.GetProperty("confidence").GetDouble());
            Assert.Equal(first.Nodes + 3, (await CountsAsync(client, prefix)).Nodes); // one article, one sentence, one evidence

            foreach (var file in Directory.EnumerateFiles(RepoPaths.Queries, "*.cypher"))
                await client.RunAsync(File.ReadAllText(file).TrimEnd().TrimEnd(';'), null, file);
        }
        finally
        {
            await client.QueryAsync("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", new CypherRow(("prefix", prefix)), "cleanup");
        }
    }

    [SkippableFact]
    public async Task LoadAsync_RelationWithThousandsOfEvidence_LoadsTwiceWithExactAggregates()
    {
        // The case that ran the real server out of transaction memory with evidence lists on the relationship.
        SkipWithoutServer();
        var prefix = $"live-test/{Guid.NewGuid():N}/";
        var client = Client();
        try
        {
            var graph = PrefixedGraph.Under(prefix, LargeRelation.Graph(evidence: 6000));
            var loader = new Neo4jLoader(client);
            await loader.LoadAsync(graph, new LoadOptions());
            var first = await CountsAsync(client, prefix);
            Assert.Equal((graph.NodeCount, graph.RelationshipCount), first);
            await loader.LoadAsync(graph, new LoadOptions { BatchSize = 700 });
            Assert.Equal(first, await CountsAsync(client, prefix));
            var expected = graph.Relations.Single(r => r.Predicate == Predicate.Supports);
            var edge = (await client.QueryAsync(
                "MATCH (:Entity {id: $s})-[r:SUPPORTS]->(:Entity {id: $o}) RETURN r.evidenceCount, r.confidence, toString(r.firstDate), toString(r.lastDate), size(keys(r))",
                new CypherRow(("s", expected.SubjectId), ("o", expected.ObjectId)), "edge")).Values.Single();
            Assert.Equal(6000, edge[0].GetInt64());
            Assert.Equal(expected.Confidence, edge[1].GetDouble());
            Assert.Equal((expected.FirstDate?.ToString("yyyy-MM-dd"), expected.LastDate?.ToString("yyyy-MM-dd")), (edge[2].GetString(), edge[3].GetString()));
            Assert.Equal(5, edge[4].GetInt64()); // evidenceCount, disbelief, confidence, firstDate, lastDate: nothing grows
        }
        finally
        {
            await client.QueryAsync("MATCH (n) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
                new CypherRow(("prefix", prefix)), "cleanup");
        }
    }

    [SkippableFact]
    public async Task LoadAsync_TortureGraph_EveryNameComesBackUnchanged()
    {
        SkipWithoutServer();
        var prefix = $"live-test/{Guid.NewGuid():N}/";
        var client = Client();
        try
        {
            var graph = PrefixedGraph.Under(prefix, Neo4jGraphMapper.From(TestGraphs.Torture()));
            await new Neo4jLoader(client).LoadAsync(graph, new LoadOptions { BatchSize = 3 });
            var result = await client.QueryAsync("MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN e.id, e.name, e.aliases ORDER BY e.id",
                new CypherRow(("prefix", prefix)), "read back");
            var names = result.Values.ToDictionary(r => r[0].GetString()!, r => r[1].GetString());
            foreach (var entity in graph.Entities) Assert.Equal(entity.Name, names[entity.Id]);
        }
        finally
        {
            await client.QueryAsync("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", new CypherRow(("prefix", prefix)), "cleanup");
        }
    }

    [SkippableFact]
    public async Task CypherScript_TortureGraph_RunStatementByStatement_NamesAndSentencesComeBackUnchanged()
    {
        // The real round trip of graph.cypher's string escaping: Neo4j's own parser reads the literals.
        SkipWithoutServer();
        var prefix = $"live-test/{Guid.NewGuid():N}/";
        var client = Client();
        try
        {
            var graph = PrefixedGraph.Under(prefix, Neo4jGraphMapper.From(TestGraphs.Torture()));
            var script = new StringWriter();
            GraphBuilder.Neo4j.Export.CypherScriptWriter.Write(graph, script, batchSize: 5);
            foreach (var statement in CypherScript.Statements(script.ToString())) await client.RunAsync(statement, null, "graph.cypher");
            var result = await client.QueryAsync(
                "MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN e.id, e.name, e.aliases ORDER BY e.id",
                new CypherRow(("prefix", prefix)), "read back");
            Assert.Equal(graph.Entities.Length, result.Values.Length);
            foreach (var row in result.Values)
            {
                var entity = graph.Entities.Single(e => e.Id == row[0].GetString());
                Assert.Equal(entity.Name, row[1].GetString());
                Assert.Equal(entity.Aliases, row[2].EnumerateArray().Select(a => a.GetString()!).ToArray());
            }
            var sentences = await client.QueryAsync("MATCH (s:Sentence) WHERE s.id STARTS WITH $prefix RETURN s.id, s.text",
                new CypherRow(("prefix", prefix)), "read back");
            Assert.All(sentences.Values, r => Assert.Equal(graph.Sentences.Single(s => s.Id == r[0].GetString()).Text, r[1].GetString()));
        }
        finally
        {
            await client.QueryAsync("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", new CypherRow(("prefix", prefix)), "cleanup");
        }
    }

    [SkippableFact]
    public async Task LoadAsync_TaggedNamesTwiceThenANewName_SamePropertiesThenTheUnion()
    {
        SkipWithoutServer();
        var prefix = $"live-test/{Guid.NewGuid():N}/";
        var client = Client();
        var loader = new Neo4jLoader(client);
        try
        {
            var graph = PrefixedGraph.Under(prefix, Neo4jGraphMapper.From(TaggedGraph.SeedLike()));
            await loader.LoadAsync(graph, new LoadOptions());
            var first = await NamesAsync(client, prefix + TaggedGraph.NorthKorea);
            Assert.Equal("North Korea|North Korea|Korea Utara|Korea Utara,Republik Rakyat Demokratik Korea", first);
            await loader.LoadAsync(graph, new LoadOptions { Transactions = TransactionMode.Single });
            Assert.Equal(first, await NamesAsync(client, prefix + TaggedGraph.NorthKorea));
            Assert.Equal("Russia|Russia||", await NamesAsync(client, prefix + "country/russia")); // no Indonesian name: no name_id, no names_id

            var more = PrefixedGraph.Under(prefix, Neo4jGraphMapper.From(TaggedGraph.SeedLike(new EntityName("Korut", "id"))));
            await loader.LoadAsync(more, new LoadOptions());
            Assert.Equal("North Korea|North Korea|Korea Utara|Korea Utara,Korut,Republik Rakyat Demokratik Korea", await NamesAsync(client, prefix + TaggedGraph.NorthKorea));
        }
        finally
        {
            await client.QueryAsync("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", new CypherRow(("prefix", prefix)), "cleanup");
        }
    }

    /// <summary>name_en|names_en|name_id|names_id of one entity, lists comma-joined, a missing property empty.</summary>
    private static async Task<string> NamesAsync(QueryApiClient client, string id)
    {
        var result = await client.QueryAsync(
            "MATCH (e:Entity {id: $id}) RETURN e.name_en, e.names_en, e.name_id, e.names_id", new CypherRow(("id", id)), "names");
        return string.Join("|", Assert.Single(result.Values).Select(v => v.ValueKind switch
        {
            JsonValueKind.Array => string.Join(",", v.EnumerateArray().Select(x => x.GetString())),
            JsonValueKind.String => v.GetString(),
            _ => "",
        }));
    }

    private static void SkipWithoutServer()
    {
        var reason = Uri is null
            ? "NEO4J_URI is not set: no live Neo4j to load into (set NEO4J_URI=http://localhost:7474 and NEO4J_PASSWORD)"
            : Uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? null
            : $"NEO4J_URI={Uri} is not an http(s) address; the loader speaks the HTTP Query API (e.g. http://localhost:7474)";
        if (reason is not null) Console.WriteLine("SKIPPED: " + reason);
        Skip.If(reason is not null, reason);
    }

    private static async Task<(long Nodes, long Relationships)> CountsAsync(QueryApiClient client, string prefix)
    {
        var p = new CypherRow(("prefix", prefix));
        var nodes = (await client.QueryAsync("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)", p, "count")).SingleLong();
        var rels = (await client.QueryAsync("MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r)", p, "count")).SingleLong();
        return (nodes, rels);
    }

    private static async Task<JsonElement> EdgeAsync(QueryApiClient client, string subject, string @object)
    {
        var result = await client.QueryAsync(
            "MATCH (s:Entity {id: $s})-[r:SUPPORTS]->(o:Entity {id: $o}) " +
            "MATCH (s)<-[:SUBJECT]-(ev:Evidence {type: 'SUPPORTS'})-[:OBJECT]->(o), (ev)-[:FROM_SENTENCE]->(x:Sentence)<-[:HAS_SENTENCE]-(a:Article) " +
            "WITH r, x, a ORDER BY x.id WITH r, collect(DISTINCT x.text) AS sentences, collect(DISTINCT a.id) AS articles " +
            "RETURN {count: r.evidenceCount, articles: articles, confidence: r.confidence, sentences: sentences} AS edge",
            new CypherRow(("s", subject), ("o", @object)), "evidence");
        return Assert.Single(result.Values)[0];
    }

    private static KnowledgeGraph SecondArticle()
    {
        const string text = "Pyongyang kembali menegaskan dukungan: Korea Utara mendukung Rusia.";
        var article = new Article(ContentHash.ArticleId(text), "Dukungan berlanjut", text, "second.txt") { Published = new DateOnly(2024, 12, 5), Language = "id" };
        var nk = TestGraphs.Entity(EntityType.Country, "North Korea", "Q423", "Korea Utara");
        var ru = TestGraphs.Entity(EntityType.Country, "Russia", "Q159", "Rusia");
        var accumulator = new GraphAccumulator();
        accumulator.Add(TestGraphs.Build(article, [nk, ru], [(nk.Id, Predicate.Supports, ru.Id, 0, text)]));
        return accumulator.Snapshot();
    }
}
