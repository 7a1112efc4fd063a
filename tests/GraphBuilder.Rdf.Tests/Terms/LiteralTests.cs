using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Tests.Terms;

public sealed class LiteralTests
{
    [Theory]
    [InlineData("en")] // primary
    [InlineData("id")] // Indonesian
    [InlineData("zh-Hant-TW")] // script and region
    [InlineData("sr-Latn")] // script
    [InlineData("de-1996")] // variant with digits
    public void LanguageTagged_WellFormedTag_IsLowerCased(string tag)
    {
        var literal = Literal.LanguageTagged("x", tag);
        Assert.Equal(tag.ToLowerInvariant(), literal.Language);
        Assert.Equal(Vocabulary.RdfLangString, literal.Datatype);
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("e n")] // space
    [InlineData("en_US")] // underscore
    [InlineData("-en")] // leading hyphen
    [InlineData("en-")] // trailing hyphen
    [InlineData("toolongtag")] // primary over 8 letters
    [InlineData("12")] // digits in primary
    public void LanguageTagged_MalformedTag_Throws(string tag)
    {
        Assert.Throws<FormatException>(() => Literal.LanguageTagged("x", tag));
    }

    [Theory]
    [InlineData(null)] // unknown
    [InlineData("und")] // undetermined
    [InlineData("not a tag")] // malformed
    public void Text_NoUsableLanguage_IsPlainString(string? language)
    {
        var literal = Literal.Text("x", language);
        Assert.Null(literal.Language);
        Assert.Equal(Vocabulary.XsdString, literal.Datatype);
    }

    [Fact]
    public void String_LoneSurrogate_BecomesReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb\uD83D\uDE80", Literal.String("a\uD800b\uD83D\uDE80").Lexical);
    }

    [Fact]
    public void Typed_LangString_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Literal.Typed("x", Vocabulary.RdfLangString));
    }

    [Fact]
    public void Equality_SameLexicalAndDatatype_AreEqual()
    {
        Assert.Equal(Literal.Typed("1", Vocabulary.XsdInteger), Literal.Typed("1", Vocabulary.XsdInteger));
        Assert.NotEqual(Literal.String("1"), Literal.Typed("1", Vocabulary.XsdInteger));
    }

    [Fact]
    public void BlankNode_InvalidLabel_Throws()
    {
        Assert.Equal("b1", BlankNode.Create("b1").Label);
        Assert.Throws<FormatException>(() => BlankNode.Create("a b"));
        Assert.Throws<FormatException>(() => BlankNode.Create("-x"));
    }
}
