using System.Collections.Immutable;
using System.Text.Json;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Model;

/// <summary>Language-tagged names reach Neo4j as name_xx / names_xx, the same through the loader, graph.cypher and the CSVs.</summary>
public sealed class LanguageNamesTests
{
    private static Neo4jEntity NorthKorea(Neo4jGraph graph) => graph.Entities.Single(e => e.Id == TaggedGraph.NorthKorea);

    [Fact]
    public void From_TaggedNames_GroupsThemPerLanguageWithThePreferredName()
    {
        var nk = NorthKorea(Neo4jGraphMapper.From(TaggedGraph.SeedLike()));
        Assert.Equal(["en", "id"], nk.LanguageNames.Select(n => n.Language));
        Assert.Equal(("North Korea", "North Korea"), (nk.LanguageNames[0].Preferred, string.Join("|", nk.LanguageNames[0].Names)));
        Assert.Equal(("Korea Utara", "Korea Utara|Republik Rakyat Demokratik Korea"),
            (nk.LanguageNames[1].Preferred, string.Join("|", nk.LanguageNames[1].Names)));
        // The untagged name is only an alias.
        Assert.Contains("Korut", nk.Aliases);
        Assert.DoesNotContain(nk.LanguageNames, n => n.Names.Contains("Korut"));
    }

    [Theory]
    [InlineData("ID")]
    [InlineData("id\n")]
    [InlineData("indonesian")]
    [InlineData("x: 1}) DETACH DELETE e //")]
    public void From_UnsafeLanguageTag_NeverBecomesAPropertyKey(string tag)
    {
        var graph = Neo4jGraphMapper.From(TaggedGraph.SeedLike(new EntityName("Bad Tag Name", tag)));
        Assert.Equal(["en", "id"], graph.NameLanguages.ToArray());
        Assert.Contains("Bad Tag Name", NorthKorea(graph).Aliases);
        Assert.Throws<InvalidOperationException>(() => CypherIdentifier.NameProperty(tag));
        Assert.Throws<InvalidOperationException>(() => CypherIdentifier.NamesProperty(tag));
    }

    [Fact]
    public void Entity_Languages_StatementMergesNamesPerLanguageFromRowFields()
    {
        var statement = WriteStatements.Entity(EntityType.Country, ["en", "id"]);
        Assert.Contains("e.name_id = coalesce(row.name_id, e.name_id)", statement);
        Assert.Contains("UNWIND coalesce(e.names_id, []) + row.names_id AS a RETURN DISTINCT a ORDER BY a", statement);
        Assert.Contains("e.name_en = coalesce(row.name_en, e.name_en)", statement);
        Assert.DoesNotContain("name_id", WriteStatements.Entity(EntityType.Country, ["en"]));
    }

    [Fact]
    public async Task LoadAsync_TaggedNames_TravelAsParametersOfTheEntityStatement()
    {
        var graph = Neo4jGraphMapper.From(TaggedGraph.SeedLike());
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
            JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!.Contains("count(") ? FakeAnswer.Count(0) : FakeAnswer.Ok());
        await new Neo4jLoader(Clients.For(server)).LoadAsync(graph, new LoadOptions());
        Assert.Empty(server.Rejections);
        var request = server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Single(b => b.GetProperty("statement").GetString()!.Contains("SET e:Country"));
        Assert.Contains("e.names_id = CASE", request.GetProperty("statement").GetString());
        Assert.DoesNotContain("Korea Utara", request.GetProperty("statement").GetString());
        var row = request.GetProperty("parameters").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == TaggedGraph.NorthKorea);
        Assert.Equal("Korea Utara", row.GetProperty("name_id").GetString());
        Assert.Equal("North Korea", row.GetProperty("name_en").GetString());
        Assert.Equal(["Korea Utara", "Republik Rakyat Demokratik Korea"], row.GetProperty("names_id").EnumerateArray().Select(n => n.GetString()));
        var russia = request.GetProperty("parameters").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "country/russia");
        Assert.Equal(JsonValueKind.Null, russia.GetProperty("name_id").ValueKind);
        Assert.Equal(0, russia.GetProperty("names_id").GetArrayLength());
    }

    [Fact]
    public void CypherScript_TaggedNames_RowCarriesNameIdAndNameEn()
    {
        using var dir = new TempDirectory();
        CypherScriptExporter.Create(new ExportSettings()).Export(TaggedGraph.SeedLike(), new OutputDirectory(dir.Path));
        var row = File.ReadLines(dir.File(CypherScriptExporter.FileName)).Single(l => l.Contains("id: 'country/north-korea'", StringComparison.Ordinal));
        Assert.Contains("name_en: 'North Korea', names_en: ['North Korea'], name_id: 'Korea Utara', names_id: ['Korea Utara', 'Republik Rakyat Demokratik Korea']", row);
    }

    [Fact]
    public void BulkImport_TaggedNames_ColumnsPerLanguageAndReadBack()
    {
        using var dir = new TempDirectory();
        new BulkImportExporter().Export(TaggedGraph.SeedLike(), new OutputDirectory(dir.Path));
        var lines = File.ReadAllLines(dir.File("neo4j-import/entities.csv"));
        Assert.Equal("id:ID(Entity),:LABEL,name,aliases:string[],nameLanguage,wikidata,name_en,names_en:string[],name_id,names_id:string[]", lines[0]);
        Assert.EndsWith(",\"North Korea\",\"North Korea\",\"Korea Utara\",\"Korea Utara\u001FRepublik Rakyat Demokratik Korea\"",
            lines.Single(l => l.StartsWith("\"country/north-korea\"", StringComparison.Ordinal)));
        var read = NorthKorea(BulkImportReader.Read(dir.Path, TestOntology.Predicates));
        var model = NorthKorea(Neo4jGraphMapper.From(TaggedGraph.SeedLike()));
        Assert.Equal(model.LanguageNames.Select(n => (n.Language, n.Preferred, string.Join("|", n.Names))),
            read.LanguageNames.Select(n => (n.Language, n.Preferred, string.Join("|", n.Names))));
    }

    [Theory]
    [InlineData("name_ID,names_ID:string[]")]
    [InlineData("name_id,names_en:string[]")]
    [InlineData("name_id,names_id:string[],name_en,names_en:string[]")]
    [InlineData("name_x}) DETACH DELETE e,names_x}) DETACH DELETE e:string[]")]
    [InlineData("name_id")]
    public void Read_BadLanguageColumns_NamesEntitiesCsvLineOne(string columns)
    {
        using var dir = new TempDirectory();
        new BulkImportExporter().Export(TaggedGraph.SeedLike(), new OutputDirectory(dir.Path));
        var path = dir.File("neo4j-import/entities.csv");
        var lines = File.ReadAllLines(path);
        lines[0] = string.Join(",", BulkImportLayout.EntityBaseHeader) + "," + columns;
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InvalidDataException>(() => BulkImportReader.Read(dir.Path, TestOntology.Predicates));
        Assert.Contains("entities.csv:1: header must be", e.Message);
    }
}
