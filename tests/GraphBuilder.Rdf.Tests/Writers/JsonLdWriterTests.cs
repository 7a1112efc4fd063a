using System.Text.Json;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Tests.Writers;

public sealed class JsonLdWriterTests
{
    private static readonly Iri S = Iri.Create("https://graphbuilder.dev/id/person/a");
    private static readonly Iri Meets = Iri.Create("https://graphbuilder.dev/ontology#meets");

    [Fact]
    public void Write_RepeatedPredicateNotContiguous_OneJsonKeyWithAllValues()
    {
        var sw = new StringWriter();
        var writer = new JsonLdWriter(sw);
        writer.Start();
        writer.Prefix("gb", Iri.Create("https://graphbuilder.dev/ontology#"));
        writer.Triple(new Triple(S, Meets, Iri.Create("https://graphbuilder.dev/id/person/b")));
        writer.Triple(new Triple(S, Vocabulary.RdfsLabel, Literal.LanguageTagged("A", "en")));
        writer.Triple(new Triple(S, Meets, Iri.Create("https://graphbuilder.dev/id/person/c")));
        writer.Finish();

        using var doc = JsonDocument.Parse(sw.ToString());
        var node = doc.RootElement.GetProperty("@graph")[0];
        Assert.Equal("https://graphbuilder.dev/id/person/a", node.GetProperty("@id").GetString());
        Assert.Equal(2, node.GetProperty("gb:meets").GetArrayLength());
        Assert.Equal("en", node.GetProperty("http://www.w3.org/2000/01/rdf-schema#label")[0].GetProperty("@language").GetString());
        Assert.Equal("https://graphbuilder.dev/ontology#", doc.RootElement.GetProperty("@context").GetProperty("gb").GetString());
    }

    [Fact]
    public void Write_NamedGraph_NestsNodesUnderGraphObject()
    {
        var sw = new StringWriter();
        var writer = new JsonLdWriter(sw);
        writer.Start();
        writer.Quad(new Quad(S, Meets, Iri.Create("https://graphbuilder.dev/id/person/b"), Iri.Create("https://graphbuilder.dev/graph/g1")));
        writer.Quad(new Quad(S, Vocabulary.RdfType, Iri.Create("https://graphbuilder.dev/ontology#Person"), null));
        writer.Finish();

        using var doc = JsonDocument.Parse(sw.ToString());
        var top = doc.RootElement.GetProperty("@graph");
        Assert.Equal("https://graphbuilder.dev/graph/g1", top[0].GetProperty("@id").GetString());
        Assert.Equal("https://graphbuilder.dev/id/person/a", top[0].GetProperty("@graph")[0].GetProperty("@id").GetString());
        Assert.Equal("https://graphbuilder.dev/ontology#Person", top[1].GetProperty("@type")[0].GetString());
    }

    [Fact]
    public void Prefix_AfterFirstTriple_Throws()
    {
        var writer = new JsonLdWriter(new StringWriter());
        writer.Start();
        writer.Triple(new Triple(S, Meets, S));
        Assert.Throws<InvalidOperationException>(() => writer.Prefix("gb", Iri.Create("https://graphbuilder.dev/ontology#")));
    }
}
