using GraphBuilder.Core.Output;
using GraphBuilder.Rdf.Export;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests;

public sealed class RdfExporterTests
{
    [Fact]
    public void All_FormatsAndFileNames_MatchTheCli()
    {
        var exporters = RdfExporter.All(new ExportSettings());
        Assert.Equal(["nt", "ttl", "nq", "trig", "jsonld"], exporters.Select(e => e.Format));
        Assert.Equal(["graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld"], exporters.Select(e => e.FileNames.Single()));
    }

    [Fact]
    public void Export_TwiceFromFreshGraphs_ByteIdenticalFiles()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        foreach (var e in RdfExporter.All(new ExportSettings())) e.Export(TestGraphs.Torture(), new OutputDirectory(a.Path));
        foreach (var e in RdfExporter.All(new ExportSettings())) e.Export(TestGraphs.Torture(), new OutputDirectory(b.Path));
        foreach (var name in new[] { "graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld" })
        {
            var bytes = File.ReadAllBytes(a.File(name));
            Assert.NotEmpty(bytes);
            Assert.Equal(bytes, File.ReadAllBytes(b.File(name)));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB, "no byte-order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
        Assert.Empty(Directory.GetFiles(a.Path, "*.tmp"));
    }

    [Fact]
    public void Export_BaseIriFromSettings_IsUsed()
    {
        using var dir = new TempDirectory();
        RdfExporter.NTriples(new ExportSettings { BaseIri = "https://kg.example.net/" }).Export(TestGraphs.SeedLike(), new OutputDirectory(dir.Path));
        var text = File.ReadAllText(dir.File("graph.nt"));
        Assert.Contains("<https://kg.example.net/id/person/kim-jong-un> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://graphbuilder.dev/ontology#Person> .", text);
    }

    [Theory]
    [InlineData("seedlike")] // entities with relations: description and relations in one block
    [InlineData("torture")]  // every person meets the next and is an official of one country
    public void Turtle_EverySubject_WrittenAsOneBlock(string graph)
    {
        var turtle = RdfFixtures.Serialize(RdfFixtures.Graph(graph), "ttl");
        // A block starts at a line with no indentation that is not a prefix; its first token is the subject.
        var subjects = turtle.Split('\n')
            .Where(line => line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith("@prefix", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[0])
            .ToList();
        Assert.Equal(RdfFixtures.Graph(graph).Entities.Length, subjects.Count); // one block per entity: ttl holds the knowledge only
        Assert.Empty(subjects.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
