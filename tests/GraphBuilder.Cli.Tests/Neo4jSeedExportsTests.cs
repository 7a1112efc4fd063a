using System.Text.Json;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>The Neo4j exports of the real seed run: deterministic, valid Cypher, loadable.</summary>
public sealed class Neo4jSeedExportsTests
{
    private static TempDirectory IngestSeeds()
    {
        var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "cypher,neo4j-csv,json", "--no-progress");
        Assert.True(result.ExitCode == 0, result.Err);
        return dir;
    }

    [Fact]
    public void Ingest_SeedsTwice_Neo4jExportsAreByteIdentical()
    {
        using var a = IngestSeeds();
        using var b = IngestSeeds();
        foreach (var file in new[] { CypherScriptExporter.FileName }.Concat(BulkImportLayout.Files))
            Assert.Equal(File.ReadAllBytes(a.File(file)), File.ReadAllBytes(b.File(file)));
    }

    [Fact]
    public void Ingest_Seeds_ImportFilesHoldTheHeadlineFacts()
    {
        using var dir = IngestSeeds();
        var graph = BulkImportReader.Read(dir.Path, TestOntology.Predicates);
        Assert.Contains(graph.Relations, r => r is { SubjectId: "country/north-korea", ObjectId: "country/russia", Predicate.LocalName: "supports" });
        Assert.All(graph.Relations, r => Assert.NotEmpty(r.Evidence));
        var sentences = graph.Sentences.Select(s => s.Id).ToHashSet();
        Assert.All(graph.Relations.SelectMany(r => r.Evidence), e => Assert.Contains(e.SentenceId, sentences));
    }

    [SkippableFact]
    public void Ingest_Seeds_GraphCypherParsesWithoutErrorsUnderNeo4jsParser()
    {
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        using var dir = IngestSeeds();
        Assert.Equal("", CypherLint.Errors(File.ReadAllText(dir.File(CypherScriptExporter.FileName))));
    }

    [Fact]
    public async Task LoadNeo4j_SeedOutput_SendsEveryRowOnce()
    {
        using var dir = IngestSeeds();
        var graph = BulkImportReader.Read(dir.Path, TestOntology.Predicates);
        var rows = 0;
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
        {
            var body = JsonDocument.Parse(r.Body).RootElement;
            if (body.TryGetProperty("parameters", out var p))
                Interlocked.Add(ref rows, p.GetProperty("rows").EnumerateArray()
                    .Sum(row => row.TryGetProperty("evidence", out var e) ? Math.Max(1, e.GetArrayLength()) : 1));
            return body.GetProperty("statement").GetString()!.Contains("count(") ? FakeAnswer.Count(0) : FakeAnswer.Ok();
        });
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", "pw-for-test"));
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal(graph.Entities.Length + graph.Articles.Length + graph.Sentences.Length + graph.MentionCount + graph.Relations.Sum(r => r.EvidenceCount), rows);
        Assert.Empty(server.Rejections);
        Assert.Contains($"Wrote {rows} rows", result.Out);
    }

    [Fact]
    public async Task Ingest_Seeds_NorthKoreaHasItsIndonesianAndEnglishNameInTheCsvTheScriptAndTheLoad()
    {
        using var dir = IngestSeeds();
        var header = File.ReadLines(dir.File("neo4j-import/entities.csv")).First();
        Assert.EndsWith(",wikidata,name_en,names_en:string[],name_id,names_id:string[]", header);
        var names = BulkImportReader.Read(dir.Path, TestOntology.Predicates).Entities.Single(e => e.Id == "country/north-korea").LanguageNames;
        Assert.Equal([("en", "North Korea"), ("id", "Korea Utara")], names.Select(n => (n.Language, n.Preferred)));
        Assert.Contains("Korea Utara", names[1].Names);

        var row = File.ReadLines(dir.File(CypherScriptExporter.FileName)).Single(l => l.Contains("{id: 'country/north-korea',", StringComparison.Ordinal));
        Assert.Contains("name_en: 'North Korea',", row);
        Assert.Contains("name_id: 'Korea Utara',", row);

        var sent = new List<JsonElement>();
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
        {
            var body = JsonDocument.Parse(r.Body).RootElement;
            if (body.TryGetProperty("parameters", out var p))
                lock (sent) sent.AddRange(p.GetProperty("rows").EnumerateArray().Where(x => x.TryGetProperty("id", out var id) && id.GetString() == "country/north-korea"));
            return body.GetProperty("statement").GetString()!.Contains("count(") ? FakeAnswer.Count(0) : FakeAnswer.Ok();
        });
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", "pw-for-test"));
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Empty(server.Rejections);
        var loaded = Assert.Single(sent);
        Assert.Equal(("North Korea", "Korea Utara"), (loaded.GetProperty("name_en").GetString(), loaded.GetProperty("name_id").GetString()));
        Assert.Contains("Korea Utara", loaded.GetProperty("names_id").EnumerateArray().Select(n => n.GetString()));
    }
}
