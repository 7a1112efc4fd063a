using FsCheck;
using FsCheck.Fluent;
using GraphBuilder.Core.Text;
using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Parsing;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Tests.Escaping;

public sealed class RdfEscapeTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")] // nothing to escape
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")] // quotes
    [InlineData("a\\b", "\"a\\\\b\"")] // backslash
    [InlineData("l1\nl2\r\n", "\"l1\\nl2\\r\\n\"")] // newlines
    [InlineData("a\tb", "\"a\\tb\"")] // tab
    [InlineData("\u0001\u001F\u007F", "\"\\u0001\\u001F\\u007F\"")] // control characters
    [InlineData("x\uFFFD", "\"x\\uFFFD\"")] // replacement character: Jena warns when raw
    [InlineData("🚀 é", "\"🚀 é\"")] // valid non-ASCII kept as UTF-8
    [InlineData("<>{}|^`", "\"<>{}|^`\"")] // IRI-forbidden characters are fine in strings
    public void Quoted_NastyString_IsEscaped(string input, string expected)
    {
        Assert.Equal(expected, RdfEscape.Quoted(input));
    }

    [Fact]
    public void Quoted_LoneSurrogate_BecomesEscapedReplacement()
    {
        // Not an InlineData case: xunit re-encodes lone surrogates in attribute data.
        Assert.Equal("\"x\\uFFFDy\\uFFFD\"", RdfEscape.Quoted("x" + '\uD800' + "y" + '\uDFFF'));
    }

    [Fact]
    public void WriteJson_ControlAndLineSeparators_AreEscaped()
    {
        using var sw = new StringWriter();
        RdfEscape.WriteJson(sw, "a\"\\\n\u0001\u2028\uDC00");
        Assert.Equal("\"a\\\"\\\\\\n\\u0001\\u2028\uFFFD\"", sw.ToString());
    }

    [Fact]
    public void Quoted_AnyString_ParsesBackToSanitizedValue()
    {
        Prop.ForAll<string>(s =>
        {
            var text = s ?? "";
            var line = $"<http://a/s> <http://a/p> {RdfEscape.Quoted(text)} .";
            var parsed = (Literal)NQuadsParser.ParseLine(line)!.Value.Object;
            return parsed.Lexical == WellFormedText.Clean(text) && !line.Contains('\n') && !line.Contains('\r');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quoted_AnyString_HasNoRawControlCharacterOrLoneSurrogate()
    {
        Prop.ForAll<string>(s =>
        {
            var quoted = RdfEscape.Quoted(s ?? "");
            for (var i = 0; i < quoted.Length; i++)
            {
                if (quoted[i] < ' ' || quoted[i] == '\u007F') return false;
                if (char.IsHighSurrogate(quoted[i]) && (i + 1 >= quoted.Length || !char.IsLowSurrogate(quoted[++i]))) return false;
                if (char.IsLowSurrogate(quoted[i]) && (i == 0 || !char.IsHighSurrogate(quoted[i - 1]))) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("Person", true)] // class name
    [InlineData("Q423", true)] // Wikidata id
    [InlineData("sendsTroopsTo", true)] // predicate
    [InlineData("21e9abd73ad91a1d", true)] // starts with a digit
    [InlineData("person/kim", false)] // slash needs escaping in Turtle
    [InlineData("a.b", false)] // dots are risky at the end; never used
    [InlineData("", false)] // empty
    [InlineData("-x", false)] // leading hyphen
    public void IsSimpleLocalName_Table(string local, bool expected)
    {
        Assert.Equal(expected, RdfEscape.IsSimpleLocalName(local));
    }
}
