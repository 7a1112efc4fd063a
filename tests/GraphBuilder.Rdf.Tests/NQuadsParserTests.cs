using GraphBuilder.Rdf.Parsing;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Tests;

public sealed class NQuadsParserTests
{
    [Fact]
    public void ParseLine_AllTermKinds_AreRead()
    {
        var quad = NQuadsParser.ParseLine("_:b1 <http://a/p> \"x\\u00E9\\U0001F680\\n\"@en-GB <http://a/g> .")!.Value;
        Assert.Equal(BlankNode.Create("b1"), quad.Subject);
        Assert.Equal(Literal.LanguageTagged("xé🚀\n", "en-gb"), quad.Object);
        Assert.Equal(Iri.Create("http://a/g"), quad.Graph);
    }

    [Fact]
    public void ParseLine_TypedAndPlainLiterals_AreDistinguished()
    {
        var typed = NQuadsParser.ParseLine("<http://a/s> <http://a/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")!.Value;
        var plain = NQuadsParser.ParseLine("<http://a/s> <http://a/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#string> .")!.Value;
        Assert.Equal(Literal.Typed("1", Vocabulary.XsdInteger), typed.Object);
        Assert.Equal(Literal.String("1"), plain.Object);
        Assert.Null(plain.Graph);
    }

    [Theory]
    [InlineData("")] // blank
    [InlineData("   # comment")] // comment
    public void ParseLine_BlankOrComment_IsNull(string line)
    {
        Assert.Null(NQuadsParser.ParseLine(line));
    }

    [Theory]
    [InlineData("\"lit\" <http://a/p> <http://a/o> .")] // literal subject
    [InlineData("<http://a/s> _:p <http://a/o> .")] // blank predicate
    [InlineData("<http://a/s> <http://a/p> <http://a/o>")] // missing dot
    [InlineData("<http://a/s> <http://a/p> <rel> .")] // relative IRI
    [InlineData("<http://a/s> <http://a/p> \"x\"@bad_tag .")] // bad language tag
    [InlineData("<http://a/s> <http://a/p> \"x\\q\" .")] // bad escape
    public void ParseLine_Malformed_ThrowsNamingTheLine(string line)
    {
        var e = Assert.Throws<FormatException>(() => NQuadsParser.ParseLine(line, 7));
        Assert.Contains("line 7", e.Message);
    }
}
