using System.Text.Json;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// `load neo4j` builds its graph from graph.json; what it writes must be exactly what
/// `neo4j-admin database import` imports from the neo4j-import CSVs of the same run:
/// the same nodes, relationships and properties.
/// </summary>
public sealed class LoadNeo4jEquivalenceTests
{
    private const int BatchSize = 3;

    public static TheoryData<string> Graphs => ["seedlike", "torture"];

    private static KnowledgeGraph Graph(string name) => name == "torture" ? TestGraphs.Torture() : TestGraphs.SeedLike();

    /// <summary>Writes graph.json and the CSVs, as `ingest --formats json,neo4j-csv` does.</summary>
    private static TempDirectory Export(KnowledgeGraph graph)
    {
        var dir = new TempDirectory();
        var output = new OutputDirectory(dir.Path);
        GraphJsonExporter.Create().Export(graph, output);
        new BulkImportExporter().Export(graph, output);
        return dir;
    }

    /// <summary>Every node, relationship and property of a model, as the Cypher script that creates them.</summary>
    private static string Script(Neo4jGraph model)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        CypherScriptWriter.Write(model, writer, BatchSize);
        return writer.ToString();
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void GraphJson_MappedForTheLoader_EqualsWhatTheCsvsImport(string name)
    {
        using var dir = Export(Graph(name));
        Neo4jGraph fromJson;
        using (var stream = File.OpenRead(dir.File(GraphJsonExporter.FileName))) fromJson = Neo4jGraphMapper.From(GraphJsonSerializer.Read(stream, TestOntology.Predicates));
        var fromCsv = BulkImportReader.Read(dir.Path, TestOntology.Predicates);

        Assert.Equal((fromCsv.NodeCount, fromCsv.RelationshipCount), (fromJson.NodeCount, fromJson.RelationshipCount));
        Assert.Equal(Script(fromCsv), Script(fromJson));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task LoadNeo4j_FromGraphJson_SendsExactlyTheRowsOfTheCsvs(string name)
    {
        using var dir = Export(Graph(name));
        var expected = WritePlan.For(BulkImportReader.Read(dir.Path, TestOntology.Predicates), BatchSize)
            .Select(b => Writes(QueryRequestBody.Create(b.ParameterisedStatement, b.Rows))!)
            .ToList();
        var sent = new List<string>();
        await using var server = await FakeQueryApi.StartAsync((r, _) =>
        {
            if (Writes(r.Body) is { } write) lock (sent) sent.Add(write);
            return JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!.Contains("count(") ? FakeAnswer.Count(0) : FakeAnswer.Ok();
        });

        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", "pw",
            "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-schema", "--no-progress"));

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal(expected, sent);
    }

    /// <summary>The statement and its rows when the request writes rows, otherwise null.</summary>
    private static string? Writes(byte[] body) => Writes(System.Text.Encoding.UTF8.GetString(body));

    private static string? Writes(string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        if (!root.TryGetProperty("parameters", out var parameters) || !parameters.TryGetProperty("rows", out var rows)) return null;
        return root.GetProperty("statement").GetString() + "\n" + rows.GetRawText();
    }
}
