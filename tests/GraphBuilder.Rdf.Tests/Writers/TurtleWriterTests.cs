using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Tests.Writers;

public sealed class TurtleWriterTests
{
    private static readonly Iri S1 = Iri.Create("https://graphbuilder.dev/id/person/a");
    private static readonly Iri S2 = Iri.Create("https://graphbuilder.dev/id/person/b");
    private static readonly Iri Meets = Iri.Create("https://graphbuilder.dev/ontology#meets");
    private static readonly Iri Person = Iri.Create("https://graphbuilder.dev/ontology#Person");
    private static readonly Iri G = Iri.Create("https://graphbuilder.dev/graph/x");

    private static string Write(IRdfSink sink, StringWriter sw, params Quad[] quads)
    {
        sink.Start();
        sink.Prefix("gb", Iri.Create("https://graphbuilder.dev/ontology#"));
        foreach (var q in quads) sink.Quad(q);
        sink.Finish();
        return sw.ToString();
    }

    [Fact]
    public void Write_SameSubject_GroupsWithSemicolonAndComma()
    {
        var sw = new StringWriter();
        var text = Write(new TurtleWriter(sw), sw,
            new Quad(S1, Vocabulary.RdfType, Person, null),
            new Quad(S1, Meets, S2, null),
            new Quad(S1, Meets, Iri.Create("https://graphbuilder.dev/id/person/c"), null),
            new Quad(S2, Vocabulary.RdfsLabel, Literal.LanguageTagged("B \"q\"", "en"), null));
        Assert.Equal(
            "@prefix gb: <https://graphbuilder.dev/ontology#> .\n\n" +
            "<https://graphbuilder.dev/id/person/a> a gb:Person ;\n" +
            "    gb:meets <https://graphbuilder.dev/id/person/b>, <https://graphbuilder.dev/id/person/c> .\n\n" +
            "<https://graphbuilder.dev/id/person/b> <http://www.w3.org/2000/01/rdf-schema#label> \"B \\\"q\\\"\"@en .\n",
            text);
    }

    [Fact]
    public void Write_Numbers_UseTurtleShorthandOnlyWhenLexicalFormAllows()
    {
        var sw = new StringWriter();
        var text = Write(new TurtleWriter(sw), sw,
            new Quad(S1, Vocabulary.GbpSpanStart, Literal.Typed("12", Vocabulary.XsdInteger), null),
            new Quad(S1, Vocabulary.GbpConfidence, Literal.Typed("0.9", Vocabulary.XsdDecimal), null),
            new Quad(S1, Vocabulary.GbpConfidence, Literal.Typed("1", Vocabulary.XsdDecimal), null),
            new Quad(S1, Vocabulary.GbpSpanEnd, Literal.Typed("1e3", Vocabulary.XsdInteger), null));
        Assert.Contains("<https://graphbuilder.dev/provenance#spanStart> 12 ;", text);
        Assert.Contains("<https://graphbuilder.dev/provenance#confidence> 0.9, \"1\"^^<http://www.w3.org/2001/XMLSchema#decimal> ;", text);
        Assert.Contains("\"1e3\"^^<http://www.w3.org/2001/XMLSchema#integer>", text);
    }

    [Fact]
    public void Write_Turtle_DropsGraphs()
    {
        var sw = new StringWriter();
        var text = Write(new TurtleWriter(sw), sw, new Quad(S1, Meets, S2, G));
        Assert.DoesNotContain("graph/x", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public void Write_TriG_WrapsEachRunOfAGraphInABlock()
    {
        var sw = new StringWriter();
        var text = Write(new TriGWriter(sw), sw,
            new Quad(S1, Meets, S2, G),
            new Quad(S2, Meets, S1, G),
            new Quad(S1, Vocabulary.RdfType, Person, null));
        Assert.Equal(
            "@prefix gb: <https://graphbuilder.dev/ontology#> .\n\n" +
            "<https://graphbuilder.dev/graph/x> {\n" +
            "    <https://graphbuilder.dev/id/person/a> gb:meets <https://graphbuilder.dev/id/person/b> .\n\n" +
            "    <https://graphbuilder.dev/id/person/b> gb:meets <https://graphbuilder.dev/id/person/a> .\n" +
            "}\n\n" +
            "<https://graphbuilder.dev/id/person/a> a gb:Person .\n",
            text);
    }

    [Fact]
    public void Write_NTriples_OneLinePerTripleWithDatatypes()
    {
        var sw = new StringWriter();
        var text = Write(new NTriplesWriter(sw), sw,
            new Quad(S1, Vocabulary.GbpConfidence, Literal.Typed("0.9", Vocabulary.XsdDecimal), G),
            new Quad(S1, Vocabulary.RdfsLabel, Literal.String("a\nb"), null));
        Assert.Equal(
            "<https://graphbuilder.dev/id/person/a> <https://graphbuilder.dev/provenance#confidence> \"0.9\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n" +
            "<https://graphbuilder.dev/id/person/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\\nb\" .\n",
            text);
    }

    [Fact]
    public void Write_NQuads_AddsGraphWhenNamed()
    {
        var sw = new StringWriter();
        var text = Write(new NQuadsWriter(sw), sw, new Quad(S1, Meets, S2, G), new Quad(S1, Meets, S2, null));
        Assert.Equal(
            "<https://graphbuilder.dev/id/person/a> <https://graphbuilder.dev/ontology#meets> <https://graphbuilder.dev/id/person/b> <https://graphbuilder.dev/graph/x> .\n" +
            "<https://graphbuilder.dev/id/person/a> <https://graphbuilder.dev/ontology#meets> <https://graphbuilder.dev/id/person/b> .\n",
            text);
    }
}
