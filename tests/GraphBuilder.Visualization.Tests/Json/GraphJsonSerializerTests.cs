using System.Text;
using GraphBuilder.Core.Graph;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Visualization.Tests.Json;

public sealed class GraphJsonSerializerTests
{
    private static byte[] Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphJsonSerializer.Write(graph, stream);
        return stream.ToArray();
    }

    private static KnowledgeGraph Read(string json) => GraphJsonSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), TestOntology.Predicates);

    [Fact]
    public void Read_WrittenSeedLike_RestoresEveryEntityRelationAndEvidence()
    {
        var graph = TestGraphs.SeedLike();
        var back = GraphJsonSerializer.Read(new MemoryStream(Write(graph)), TestOntology.Predicates);

        Assert.Equal(graph.Entities, back.Entities, (a, b) => a.Id == b.Id && a.Type == b.Type && a.Name == b.Name
            && a.Aliases.SequenceEqual(b.Aliases) && a.Wikidata == b.Wikidata && a.ArticleCount == b.ArticleCount && a.NameLanguage == b.NameLanguage);
        Assert.Equal(graph.Relations.Select(r => r.Key), back.Relations.Select(r => r.Key));
        Assert.Equal(graph.Relations.SelectMany(r => r.Evidence), back.Relations.SelectMany(r => r.Evidence));
        Assert.Equal(graph.Relations.Select(r => (r.Confidence, r.FirstDate, r.LastDate)), back.Relations.Select(r => (r.Confidence, r.FirstDate, r.LastDate)));
        Assert.Equal(graph.Articles.AsEnumerable(), back.Articles.AsEnumerable());
        Assert.Equal(graph.Sentences.Select(s => (s.Id, s.Text, string.Join(",", s.EntityIds))), back.Sentences.Select(s => (s.Id, s.Text, string.Join(",", s.EntityIds))));
    }

    [Fact]
    public void Write_ReadBackAndWriteAgain_ByteIdentical()
    {
        var first = Write(TestGraphs.Torture());
        var second = Write(GraphJsonSerializer.Read(new MemoryStream(first), TestOntology.Predicates));

        Assert.Equal(first, second);
        Assert.Equal(first, Write(TestGraphs.Torture()));
    }

    [Fact]
    public void Write_TortureGraph_CannotCloseAScriptElementOrBreakJavaScript()
    {
        var json = Encoding.UTF8.GetString(Write(TestGraphs.Torture()));

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.DoesNotContain("\u2028", json);
        Assert.DoesNotContain("\u2029", json);
        Assert.Contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E", json);
    }

    [Fact]
    public void Read_TortureGraph_KeepsNamesExceptLoneSurrogates()
    {
        var graph = TestGraphs.Torture();
        var back = GraphJsonSerializer.Read(new MemoryStream(Write(graph)), TestOntology.Predicates);

        var names = back.Entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("<script>alert(1)</script>", names);
        Assert.Contains("Line\nbreak\r\nand\ttab", names);
        Assert.Contains("Null-ish \u0001\u001F control", names);
        Assert.Contains("Lone \uFFFD surrogate", names);
    }

    [Theory]
    [InlineData("{\"format\":\"other\",\"version\":1,\"entities\":[],\"relations\":[],\"articles\":[],\"sentences\":[]}", "\"format\" is \"other\"")] // wrong file
    [InlineData("{\"format\":\"graphbuilder-graph\",\"version\":9,\"entities\":[],\"relations\":[],\"articles\":[],\"sentences\":[]}", "version")] // future version
    [InlineData("{\"format\":\"graphbuilder-graph\",\"version\":1,\"entities\":[{\"id\":\"x/a\",\"class\":\"Planet\",\"name\":\"A\",\"aliases\":[],\"articleCount\":1}],\"relations\":[],\"articles\":[],\"sentences\":[]}", "unknown class \"Planet\"")] // bad class
    [InlineData("{\"format\":\"graphbuilder-graph\",\"version\":1,\"entities\":[],\"relations\":[{\"subject\":\"a\",\"predicate\":\"likes\",\"object\":\"b\"}],\"articles\":[],\"sentences\":[]}", "unknown predicate \"likes\"")] // bad predicate
    [InlineData("{\"format\":\"graphbuilder-graph\",\"version\":1,\"entities\":[],\"relations\":[{\"subject\":\"a\",\"predicate\":\"meets\",\"object\":\"b\"}],\"articles\":[],\"sentences\":[]}", "unknown entity")] // dangling relation
    [InlineData("{\"format\":\"graphbuilder-graph\",\n\"version\":1,\n\"entities\": [}", "line 3")] // malformed JSON, with position
    [InlineData("null", "null")] // not an object
    [InlineData("{\"format\":\"graphbuilder-graph\",\"version\":1,\"entities\":[],\"relations\":[],\"articles\":[{\"id\":\"a\",\"title\":\"t\",\"sourcePath\":\"p\",\"published\":\"1/2/2024\"}],\"sentences\":[]}", "not a date")] // bad date
    [InlineData(V2Entities + "\"relations\":[{\"subject\":\"country/a\",\"predicate\":\"meets\",\"object\":\"country/b\",\"evidence\":[{\"article\":\"x\",\"sentence\":3,\"start\":0,\"end\":1,\"rule\":\"r\",\"confidence\":0.5}]}],\"articles\":[],\"sentences\":[]}", "sentence 3, which is not in \"sentences\"")] // v2 evidence naming a sentence that is not there
    public void Read_InvalidDocument_ThrowsInvalidDataExplainingWhy(string json, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private const string V2Entities = "{\"format\":\"graphbuilder-graph\",\"version\":2,\"entities\":[{\"id\":\"country/a\",\"class\":\"Country\",\"name\":\"A\",\"aliases\":[],\"articleCount\":1},{\"id\":\"country/b\",\"class\":\"Country\",\"name\":\"B\",\"aliases\":[],\"articleCount\":1}],";

    [Fact]
    public void Write_SeedLike_EachSentenceTextOnceAndEvidenceRefersToIt()
    {
        var graph = TestGraphs.SeedLike();
        var json = Encoding.UTF8.GetString(Write(graph));

        Assert.Contains("\"version\":2", json);
        foreach (var sentence in graph.Sentences)
        {
            var text = System.Text.Json.JsonSerializer.Serialize(sentence.Text, GraphJsonSerializer.Options)[1..^1];
            Assert.Equal(1, json.Split(text).Length - 1);
        }
        Assert.Equal(graph.Relations.SelectMany(r => r.Evidence).Select(e => e.SentenceText),
            Read(json).Relations.SelectMany(r => r.Evidence).Select(e => e.SentenceText));
    }

    [Fact]
    public void Read_Version1WithTextInEveryEvidence_StillReadAndWrittenAsVersion2()
    {
        var v2 = Encoding.UTF8.GetString(Write(TestGraphs.SeedLike()));
        var graph = Read(v2);
        // A version 1 file: the same graph with the sentence text repeated in each piece of evidence.
        var v1 = System.Text.Json.JsonSerializer.Serialize(GraphJsonMapper.ToDocument(graph) with
        {
            Version = 1,
            Relations = [.. graph.Relations.Select(r => GraphJsonMapper.ToJson(r, r.Evidence, e => e.SentenceText))],
        }, GraphJsonSerializer.Options);
        Assert.Contains("\"version\":1", v1);

        Assert.Equal(v2, Encoding.UTF8.GetString(Write(Read(v1))));
    }

    [Fact]
    public void Read_EmptyGraph_RoundTrips()
    {
        var back = GraphJsonSerializer.Read(new MemoryStream(Write(KnowledgeGraph.Empty)), TestOntology.Predicates);

        Assert.Empty(back.Entities);
        Assert.Empty(back.Relations);
    }
}
