using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Http;

public sealed class QueryRequestBodyTests
{
    [Fact]
    public void Create_Rows_SendsValuesOnlyAsParameters()
    {
        var names = TestGraphs.NastyStrings.Where(s => !s.Contains('\uD800')).ToImmutableArray();
        var rows = names.Select(n => new CypherRow(("name", n), ("aliases", ImmutableArray.Create(n, "x")), ("c", ImmutableArray.Create(1.0)), ("n", 7L))).ToList();
        var body = QueryRequestBody.Create("UNWIND $rows AS row RETURN row.name", rows);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("UNWIND $rows AS row RETURN row.name", json.RootElement.GetProperty("statement").GetString());
        var sent = json.RootElement.GetProperty("parameters").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(names, sent.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(names, sent.Select(r => r.GetProperty("aliases")[0].GetString()));
        Assert.Equal(7, sent[0].GetProperty("n").GetInt64());
    }

    [Fact]
    public void Create_Floats_KeepADecimalPointSoNeo4jStoresFloats()
    {
        var body = Encoding.UTF8.GetString(QueryRequestBody.Create("RETURN 1", [new CypherRow(("c", ImmutableArray.Create(1.0, 0.5)), ("d", 0.0))]));
        Assert.Contains("\"c\":[1.0,0.5]", body);
        Assert.Contains("\"d\":0.0", body);
    }

    [Fact]
    public void Create_NoRows_SendsNoParameters()
    {
        using var json = JsonDocument.Parse(QueryRequestBody.Create("MATCH (n) RETURN count(n)"));
        Assert.False(json.RootElement.TryGetProperty("parameters", out _));
    }
}
