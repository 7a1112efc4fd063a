using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Export;

public sealed class CypherScriptExporterTests
{
    private static string Export(KnowledgeGraph graph, int batchSize = 2000)
    {
        using var dir = new TempDirectory();
        CypherScriptExporter.Create(new ExportSettings { BatchSize = batchSize }).Export(graph, new OutputDirectory(dir.Path));
        return File.ReadAllText(dir.File("graph.cypher"));
    }

    [Fact]
    public void Export_SameGraphTwice_ByteIdenticalFiles()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        var exporter = CypherScriptExporter.Create(new ExportSettings());
        exporter.Export(TestGraphs.Torture(), new OutputDirectory(a.Path));
        exporter.Export(TestGraphs.Torture(), new OutputDirectory(b.Path));
        Assert.Equal(File.ReadAllBytes(a.File("graph.cypher")), File.ReadAllBytes(b.File("graph.cypher")));
    }

    [Fact]
    public void Export_Graph_SchemaComesBeforeData()
    {
        var script = Export(TestGraphs.SeedLike());
        var constraint = script.IndexOf("CREATE CONSTRAINT entity_id IF NOT EXISTS", StringComparison.Ordinal);
        var firstMerge = script.IndexOf("\nUNWIND", StringComparison.Ordinal);
        Assert.InRange(constraint, 0, firstMerge);
    }

    [Fact]
    public void Export_TortureGraph_EveryRowIsOneLineAndNoRawControlCharacters()
    {
        var script = Export(TestGraphs.Torture());
        Assert.DoesNotContain('\r', script);
        Assert.DoesNotContain('\t', script);
        Assert.DoesNotContain('\u0001', script);
        var rowLines = script.Split('\n').Where(l => l.StartsWith("  {", StringComparison.Ordinal)).ToList();
        Assert.All(rowLines, l => Assert.Matches(@"^  \{.*\},?$", l));
        Assert.Contains(@"name: 'O\'Brien ""The Quote"" Smith'", script);
        Assert.Contains(@"name: 'Line\nbreak\r\nand\ttab'", script);
        Assert.Contains("Emoji 🇰🇵🚀 and astral 𝔘", script);
    }

    [Fact]
    public void Export_BatchSize_SplitsUnwindStatements()
    {
        var small = Export(TestGraphs.Torture(), batchSize: 5);
        var large = Export(TestGraphs.Torture(), batchSize: 5000);
        Assert.True(Count(small, "UNWIND [") > Count(large, "UNWIND ["));
        Assert.Equal(3, Count(small, "// entities (Person)"));
    }

    [Fact]
    public void Export_TortureGraph_EachStatementEndsWhereALineEndsWithSemicolon()
    {
        var statements = GraphBuilder.Neo4j.Tests.Support.CypherScript.Statements(Export(TestGraphs.Torture(), batchSize: 5)).ToList();
        var model = GraphBuilder.Neo4j.Model.Neo4jGraphMapper.From(TestGraphs.Torture());
        Assert.Equal(GraphBuilder.Neo4j.Cypher.SchemaStatements.All.Length + GraphBuilder.Neo4j.Cypher.WritePlan.For(model, 5).Count(), statements.Count);
        Assert.All(statements.Skip(GraphBuilder.Neo4j.Cypher.SchemaStatements.All.Length), s => Assert.StartsWith("UNWIND [", s));
    }

    [SkippableFact]
    public void Export_TortureAndSeedLikeGraphs_ParseWithoutErrorsUnderNeo4jsParser()
    {
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        // One linter run for both scripts; batch size 8 still cuts the torture graph's persons and relations in two.
        Assert.Equal("", CypherLint.Errors(Export(TestGraphs.Torture(), batchSize: 8) + "\n" + Export(TestGraphs.SeedLike())));
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
