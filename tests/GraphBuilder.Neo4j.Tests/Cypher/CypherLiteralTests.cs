using System.Collections.Immutable;
using System.Text;
using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Tests.Cypher;

public sealed class CypherLiteralTests
{
    [Theory]
    // plain text stays as is
    [InlineData("Kim Jong Un", "'Kim Jong Un'")]
    // quotes: the single quote must not end the literal, double quote is harmless
    [InlineData("O'Brien \"Q\"", @"'O\'Brien ""Q""'")]
    // a backslash must not start an escape
    [InlineData(@"a\nb\", @"'a\\nb\\'")]
    // real line breaks and tabs become escapes, so each row stays on one line
    [InlineData("a\nb\r\nc\td", @"'a\nb\r\nc\td'")]
    // Cypher syntax inside a value is only text
    [InlineData("'}] AS row MATCH (n) DETACH DELETE n //", @"'\'}] AS row MATCH (n) DETACH DELETE n //'")]
    // backticks, braces, dollar: no meaning inside a string literal
    [InlineData("`x` {y} $z", "'`x` {y} $z'")]
    // control and invisible format characters are shown as \u escapes
    [InlineData("a\u0001b\u001Fc\u200Bd\u2028e", @"'a\u0001b\u001Fc\u200Bd\u2028e'")]
    // astral characters (emoji) stay intact
    [InlineData("🇰🇵 𝔘!", "'🇰🇵 𝔘!'")]
    public void String_NastyInput_IsOneSafeLiteral(string value, string expected)
    {
        Assert.Equal(expected, CypherLiteral.String(value));
    }

    [Fact]
    public void String_LoneSurrogate_BecomesReplacementCharacter()
    {
        // (Not an InlineData case: attribute metadata cannot hold a lone surrogate.)
        Assert.Equal("'a\uFFFDb\uFFFD'", CypherLiteral.String("a\uD800b\uDC00"));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.9, "0.9")]
    [InlineData(0.0, "0.0")]
    [InlineData(1e-7, "1E-07")]
    public void Float_AnyValue_ReadsBackAsFloat(double value, string expected)
    {
        Assert.Equal(expected, CypherLiteral.Float(value));
    }

    [Fact]
    public void Float_NaN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherLiteral.Float(double.NaN));
    }

    [Fact]
    public void AppendRow_MixedValues_WritesMapLiteral()
    {
        var row = new CypherRow(("id", "person/x"), ("n", 3), ("c", 0.5), ("none", null), ("aliases", ImmutableArray.Create("a'b", "c")),
            ("conf", ImmutableArray.Create(1.0, 0.25)), ("flag", true));
        var sb = new StringBuilder();
        CypherLiteral.AppendRow(sb, row);
        Assert.Equal(@"{id: 'person/x', n: 3, c: 0.5, none: null, aliases: ['a\'b', 'c'], conf: [1.0, 0.25], flag: true}", sb.ToString());
    }
}
