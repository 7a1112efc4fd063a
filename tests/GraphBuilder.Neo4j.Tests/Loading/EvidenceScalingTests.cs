using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Loading;

/// <summary>
/// What the loader sends for one relation grows linearly with its evidence and no request grows with it:
/// measured by the strict double, with the payload limit and the row limit each in charge in turn.
/// </summary>
public sealed class EvidenceScalingTests
{
    private static async Task<(long Bytes, int Largest, int Requests, HashSet<string> Statements)> LoadAsync(int evidence, LoadOptions options)
    {
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
            r.Body.Contains("count(", StringComparison.Ordinal) ? FakeAnswer.Count(0) : FakeAnswer.Ok());
        var graph = LargeRelation.Graph(evidence);
        await new Neo4jLoader(Clients.For(server)).LoadAsync(graph, options with { CreateSchema = false });
        Assert.Empty(server.Rejections);
        var relationRequests = server.Requests.Where(r => r.Body.Contains("MERGE (ev:Evidence", StringComparison.Ordinal)).ToList();
        var statements = relationRequests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!).ToHashSet();
        return (relationRequests.Sum(r => (long)r.Bytes), relationRequests.Max(r => r.Bytes), relationRequests.Count, statements);
    }

    [Theory]
    // the byte limit cuts the batches
    [InlineData(100_000, 100_000)]
    // the row limit cuts the batches
    [InlineData(250, 10_000_000)]
    public async Task LoadAsync_FourTimesTheEvidence_FourTimesTheBytesAndNoLargerRequests(int batchSize, long maxBytes)
    {
        var options = new LoadOptions { BatchSize = batchSize, MaxBatchBytes = maxBytes };
        var small = await LoadAsync(1000, options);
        var large = await LoadAsync(4000, options);
        Assert.InRange(large.Bytes / (double)small.Bytes, 3.8, 4.2);
        Assert.InRange(large.Largest, 0, small.Largest * 1.05);
        Assert.InRange(large.Largest, 0, Math.Min(maxBytes * 1.1, 1_000_000));
        Assert.InRange(large.Requests / (double)small.Requests, 3.0, 4.5);
        Assert.Single(large.Statements); // one statement text whatever the evidence
    }

    [Fact]
    public void For_RelationWithMoreEvidenceThanABatch_SpreadOverBatchesNeverTwiceInOne()
    {
        var graph = LargeRelation.Graph(evidence: 2500);
        var batches = WritePlan.For(graph, 1000).Where(b => b.Kind == "relations (SUPPORTS)").ToList();
        Assert.Equal([1000, 1000, 500], batches.Select(b => b.Units));
        Assert.All(batches, b => Assert.Single(b.Rows));
        Assert.Equal(2500, batches.Sum(b => ((System.Collections.Immutable.ImmutableArray<CypherRow>)b.Rows[0]["evidence"]!).Length));
    }

    [Fact]
    public void For_ByteLimit_EveryBatchWithinItUnlessOneRowIsLarger()
    {
        var graph = LargeRelation.Graph(evidence: 500, articles: 800);
        var batches = WritePlan.For(graph, 100_000, maxBatchBytes: 20_000).ToList();
        Assert.All(batches, b => Assert.InRange(b.EstimatedBytes, 1, 20_000));
        Assert.Equal(WritePlan.RowCount(graph), batches.Sum(b => b.Units));
    }

    [Fact]
    public void Relation_Graph_KeepsOnlyFixedSizeAggregates()
    {
        var statement = WriteStatements.Relation(TestOntology.Predicates.Require("supports", "this test"));
        Assert.DoesNotContain("r.evidenceKeys", statement);
        Assert.DoesNotContain("r.sentenceIds", statement);
        Assert.DoesNotContain("r.articleIds", statement);
        Assert.DoesNotMatch(@"SET r\.\w+ = [^,\n]*\+ row", statement); // no list grows on the relationship
    }
}
