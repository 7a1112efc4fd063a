using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.GraphMl;

namespace GraphBuilder.Visualization.Tests.GraphMl;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    private static byte[] Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphMlWriter.Write(graph, stream);
        return stream.ToArray();
    }

    /// <summary>Reads the bytes through a validating reader (well-formed + our structural GraphML schema).</summary>
    private static XDocument Validate(byte[] bytes)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(GraphMlWriter.Namespace, Path.Combine(AppContext.BaseDirectory, "Schemas", "graphml-structure.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var document = XDocument.Load(reader, LoadOptions.None);
        Assert.Empty(errors);
        return document;
    }

    private static Dictionary<string, string> Data(XElement element) =>
        element.Elements(G + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);

    [Fact]
    public void Write_SeedLike_IsValidGraphMlWithEveryEntityAndRelation()
    {
        var graph = TestGraphs.SeedLike();
        var doc = Validate(Write(graph));

        var nodes = doc.Descendants(G + "node").ToList();
        var edges = doc.Descendants(G + "edge").ToList();
        Assert.Equal(graph.Entities.Length, nodes.Count);
        Assert.Equal(graph.Relations.Length, edges.Count);
        Assert.Equal("directed", (string?)doc.Root!.Element(G + "graph")!.Attribute("edgedefault"));
        var byEntity = nodes.ToDictionary(n => Data(n)["entity_id"], n => n);
        var kim = Data(byEntity["person/kim-jong-un"]);
        Assert.Equal("Kim Jong Un", kim["label"]);
        Assert.Equal("Person", kim["class"]);
        Assert.Equal("Q56226", kim["wikidata"]);
        Assert.Equal("Kim", kim["aliases"]);
        var leader = edges.Single(e => Data(e)["type"] == "leaderOf");
        Assert.Equal((string?)byEntity["person/kim-jong-un"].Attribute("id"), (string?)leader.Attribute("source"));
        Assert.Equal((string?)byEntity["country/north-korea"].Attribute("id"), (string?)leader.Attribute("target"));
        Assert.Equal("1", Data(leader)["evidence_count"]);
        Assert.Equal("0.9", Data(leader)["confidence"]);
        Assert.Equal("2024-11-01", Data(leader)["first_date"]);
    }

    [Fact]
    public void Write_Always_DeclaresTypedKeysForNodeAndEdgeAttributes()
    {
        var doc = Validate(Write(TestGraphs.SeedLike()));
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.type")!));

        Assert.Equal(("node", "string"), keys["label"]);
        Assert.Equal(("node", "string"), keys["class"]);
        Assert.Equal(("node", "string"), keys["aliases"]);
        Assert.Equal(("node", "string"), keys["wikidata"]);
        Assert.Equal(("edge", "string"), keys["type"]);
        Assert.Equal(("edge", "int"), keys["evidence_count"]);
        Assert.Equal(("edge", "double"), keys["confidence"]);
    }

    [Fact]
    public void Write_Edge_CarriesFirstSentenceArticlesAndAttributions()
    {
        var graph = TestGraphs.Torture();
        var doc = Validate(Write(graph));
        var edges = doc.Descendants(G + "edge").ToList();

        for (var i = 0; i < graph.Relations.Length; i++)
        {
            var relation = graph.Relations[i];
            var data = Data(edges[i]);
            Assert.Equal(XmlSafeText.Clean(relation.Evidence[0].SentenceText), data["first_sentence"]);
            Assert.Equal(string.Join(" | ", relation.ArticleIds), data["article_ids"]);
            Assert.Equal("1", data["edge_article_count"]);
            Assert.Equal("menurut \"sumber\" <anonim>", data["attributions"]);
        }
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!));
        Assert.Equal(("edge", "article_count"), keys["edge_article_count"]);
        Assert.Equal(("edge", "first_sentence"), keys["first_sentence"]);
    }

    [Fact]
    public void Write_SymmetricRelation_IsUndirectedEdge()
    {
        var doc = Validate(Write(TestGraphs.SeedLike()));
        var edges = doc.Descendants(G + "edge").ToList();

        Assert.Equal("false", (string?)edges.Single(e => Data(e)["type"] == "meets").Attribute("directed"));
        Assert.All(edges.Where(e => Data(e)["type"] != "meets"), e => Assert.Null(e.Attribute("directed")));
    }

    [Fact]
    public void Write_TortureGraph_EscapesEveryNameAndStaysValid()
    {
        var graph = TestGraphs.Torture();
        var doc = Validate(Write(graph));

        var labels = doc.Descendants(G + "node").Select(n => Data(n)["label"]).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            // What a reader gets back is the name, with only XML-forbidden characters replaced by U+FFFD.
            Assert.Contains(XmlSafeText.Clean(entity.Name), labels);
        }
        Assert.Contains("<script>alert(1)</script>", labels);
        Assert.Contains("Line\nbreak\r\nand\ttab", labels);
        Assert.Contains("]]> </graphml> &amp; &", labels);
    }

    [Fact]
    public void Write_SameGraphTwice_ByteIdentical()
    {
        Assert.Equal(Write(TestGraphs.Torture()), Write(TestGraphs.Torture()));
        Assert.Equal(Write(TestGraphs.SeedLike()), Write(TestGraphs.SeedLike()));
    }

    [Fact]
    public void Write_EmptyGraph_IsValidGraphMlWithNoNodes()
    {
        var doc = Validate(Write(KnowledgeGraph.Empty));

        Assert.Empty(doc.Descendants(G + "node"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(Write(KnowledgeGraph.Empty)));
    }

    [Fact]
    public void Write_GeneratedGraph_HasOneEdgePerRelationWithItsType()
    {
        var graph = GeneratedGraphs.PreferentialAttachment(300, 2);
        var doc = Validate(Write(graph));

        var types = doc.Descendants(G + "edge").Select(e => Data(e)["type"]).ToList();
        Assert.Equal(graph.Relations.Select(r => r.Predicate.LocalName), types);
    }
}
