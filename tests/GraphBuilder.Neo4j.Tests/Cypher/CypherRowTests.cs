using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;

namespace GraphBuilder.Neo4j.Tests.Cypher;

public sealed class CypherRowTests
{
    public static TheoryData<object> StringCollections => new()
    {
        new[] { "a", "b" },                              // string[]: what the CLI live test passes
        new List<string> { "a", "b" },
        ImmutableArray.Create("a", "b"),
        new SortedSet<string> { "b", "a" },
        new[] { "a", "b" }.Select(x => x),               // a lazy sequence
        ImmutableList.Create("a", "b"),
    };

    [Theory]
    [MemberData(nameof(StringCollections))]
    public void Constructor_AnyStringCollection_SentAsJsonArrayAndCypherList(object ids)
    {
        var row = new CypherRow(("ids", ids));
        var json = JsonDocument.Parse(QueryRequestBody.CreateWithParameters("RETURN $ids", row)).RootElement;
        Assert.Equal(["a", "b"], json.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        var sb = new StringBuilder();
        CypherLiteral.AppendRow(sb, row);
        Assert.Equal("{ids: ['a', 'b']}", sb.ToString());
    }

    [Fact]
    public void Constructor_NumberCollections_BecomeIntegerAndFloatLists()
    {
        var row = new CypherRow(("ints", new List<int> { 1, 2 }), ("doubles", new[] { 0.5, 1.0 }), ("floats", new[] { 0.25f }));
        var json = Encoding.UTF8.GetString(QueryRequestBody.CreateWithParameters("RETURN 1", row));
        Assert.Contains("\"ints\":[1,2]", json);
        Assert.Contains("\"doubles\":[0.5,1.0]", json);
        Assert.Contains("\"floats\":[0.25]", json);
    }

    [Fact]
    public void Constructor_NestedRows_WrittenAsListOfMaps()
    {
        var row = new CypherRow(("evidence", new[] { new CypherRow(("id", "e1"), ("confidence", 0.9)) }));
        var sb = new StringBuilder();
        CypherLiteral.AppendRow(sb, row);
        Assert.Equal("{evidence: [{id: 'e1', confidence: 0.9}]}", sb.ToString());
        Assert.Contains("\"evidence\":[{\"id\":\"e1\",\"confidence\":0.9}]", Encoding.UTF8.GetString(QueryRequestBody.CreateWithParameters("RETURN 1", row)));
    }

    [Theory]
    // a date has no JSON form the statements read: reject where the row is built
    [InlineData("when")]
    public void Constructor_UnsupportedValue_ThrowsNamingTheField(string field)
    {
        var e = Assert.Throws<ArgumentException>(() => new CypherRow((field, DateTime.UnixEpoch)));
        Assert.Contains($"'{field}'", e.Message);
        var list = Assert.Throws<ArgumentException>(() => new CypherRow(("objects", new List<object> { 1 })));
        Assert.Contains("a list of Object", list.Message);
        Assert.Throws<ArgumentException>(() => new CypherRow(("nulls", new string?[] { "a", null })));
    }
}
