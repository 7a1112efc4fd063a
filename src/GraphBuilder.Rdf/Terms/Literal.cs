using GraphBuilder.Core.Text;

namespace GraphBuilder.Rdf.Terms;

/// <summary>
/// An RDF literal: a lexical form with either a datatype IRI or a language tag (then the
/// datatype is rdf:langString). Lone surrogates in the lexical form are replaced by U+FFFD
/// at creation, so every literal can be written as valid UTF-8.
/// </summary>
public sealed record Literal : RdfTerm
{
    private Literal(string lexical, Iri datatype, string? language)
    {
        Lexical = lexical;
        Datatype = datatype;
        Language = language;
    }

    public string Lexical { get; }
    public Iri Datatype { get; }

    /// <summary>The language tag, lower-cased; null unless the datatype is rdf:langString.</summary>
    public string? Language { get; }

    /// <summary>A plain string (xsd:string).</summary>
    public static Literal String(string lexical) => new(Sanitize(lexical), Vocabulary.XsdString, null);

    /// <summary>A typed literal. Use <see cref="LanguageTagged"/> for rdf:langString.</summary>
    public static Literal Typed(string lexical, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(datatype);
        if (datatype == Vocabulary.RdfLangString) throw new ArgumentException("rdf:langString needs a language tag.", nameof(datatype));
        return new Literal(Sanitize(lexical), datatype, null);
    }

    /// <summary>A language-tagged string; throws <see cref="FormatException"/> for a tag that is not BCP 47 shaped.</summary>
    public static Literal LanguageTagged(string lexical, string language)
    {
        if (!LanguageTag.IsWellFormed(language)) throw new FormatException($"Invalid language tag '{language}'.");
        return new Literal(Sanitize(lexical), Vocabulary.RdfLangString, language.ToLowerInvariant());
    }

    /// <summary>Language-tagged when <paramref name="language"/> is a usable tag (not null, "und" or malformed), else a plain string.</summary>
    public static Literal Text(string lexical, string? language) =>
        language is not null && !language.Equals("und", StringComparison.OrdinalIgnoreCase) && LanguageTag.IsWellFormed(language)
            ? LanguageTagged(lexical, language)
            : String(lexical);

    private static string Sanitize(string lexical)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        return WellFormedText.Clean(lexical);
    }

    public override string ToString() => Language is not null ? $"\"{Lexical}\"@{Language}" : $"\"{Lexical}\"^^{Datatype}";
}
