using FsCheck;
using FsCheck.Fluent;
using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Tests.Terms;

public sealed class IriTests
{
    [Theory]
    [InlineData("https://graphbuilder.dev/id/person/kim-jong-un")] // ordinary
    [InlineData("http://www.wikidata.org/entity/Q423")] // Wikidata
    [InlineData("urn:isbn:0451450523")] // URN
    [InlineData("https://example.org/a%20b?x=1&y=2#frag")] // percent escape, query, fragment
    [InlineData("https://例え.jp/パス/ö")] // non-ASCII IRI characters
    [InlineData("https://example.org/🚀")] // astral character (surrogate pair)
    public void Create_ValidIri_KeepsValueExactly(string value)
    {
        Assert.Equal(value, Iri.Create(value).Value);
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("person/kim")] // relative: no scheme
    [InlineData("1http://x")] // scheme must start with a letter
    [InlineData("https://example.org/a b")] // space
    [InlineData("https://example.org/<x>")] // angle brackets
    [InlineData("https://example.org/\"q\"")] // quote
    [InlineData("https://example.org/{x}")] // braces
    [InlineData("https://example.org/a|b")] // pipe
    [InlineData("https://example.org/a^b")] // caret
    [InlineData("https://example.org/a`b")] // backtick
    [InlineData("https://example.org/a\\b")] // backslash
    [InlineData("https://example.org/a\nb")] // newline
    [InlineData("https://example.org/a\u0085b")] // C1 control
    [InlineData("https://example.org/%zz")] // malformed percent escape
    [InlineData("https://example.org/%4")] // truncated percent escape
    public void Create_InvalidIri_ThrowsFormatException(string value)
    {
        Assert.Throws<FormatException>(() => Iri.Create(value));
        Assert.False(Iri.TryCreate(value, out _));
    }

    [Fact]
    public void Create_LoneSurrogate_Throws()
    {
        // Not an InlineData case: xunit re-encodes lone surrogates in attribute data.
        Assert.Throws<FormatException>(() => Iri.Create("https://example.org/" + '\uD800'));
        Assert.Throws<FormatException>(() => Iri.Create("https://example.org/" + '\uDC00' + "x"));
    }

    [Fact]
    public void Create_Normalisation_IsNotApplied()
    {
        // System.Uri would lower-case the host and drop the default port; an RDF IRI is compared as a string.
        Assert.Equal("HTTP://Example.ORG:80/./a/../b", Iri.Create("HTTP://Example.ORG:80/./a/../b").Value);
    }

    [Fact]
    public void ToIriCharacters_AnyString_AfterSchemeIsAlwaysAValidIri()
    {
        Prop.ForAll<string>(s =>
        {
            var text = s ?? "";
            return Iri.TryCreate("https://example.org/" + RdfEscape.ToIriCharacters(text), out _);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Create_AnyStringWithForbiddenCharacter_IsRejected()
    {
        var forbidden = Gen.Elements(' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\n', '\t', '\u0000', '\u007F');
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).ToArbitrary(), forbidden.ToArbitrary(), (s, c) =>
        {
            var safe = RdfEscape.ToIriCharacters(s);
            var position = safe.Length / 2;
            return !Iri.TryCreate("https://example.org/" + safe.Insert(position, c.ToString()), out _);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ToIriCharacters_SafeText_IsUnchanged()
    {
        Assert.Equal("person/kim-jong-un", RdfEscape.ToIriCharacters("person/kim-jong-un"));
        Assert.Equal("a%20b%3Cc%3E%25", RdfEscape.ToIriCharacters("a b<c>%"));
        Assert.Equal("x%2Fy", RdfEscape.ToIriCharacters("x/y", encodeSlash: true));
        Assert.Equal("%EF%BF%BD", RdfEscape.ToIriCharacters("\uD800"));
    }
}
