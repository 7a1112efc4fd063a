namespace GraphBuilder.Rdf.Terms;

/// <summary>
/// An absolute IRI, validated once when created (RFC 3987 shape: a scheme, no spaces, no
/// <c>&lt;&gt;"{}|^`\</c>, no control characters, well-formed percent escapes, no lone surrogates).
/// Deliberately not <see cref="System.Uri"/>, which normalises and re-escapes.
/// </summary>
public sealed record Iri : RdfResource
{
    private Iri(string value) => Value = value;

    /// <summary>The IRI exactly as given.</summary>
    public string Value { get; }

    /// <summary>Creates an IRI or throws <see cref="FormatException"/> naming the problem.</summary>
    public static Iri Create(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = IriValidator.Problem(value);
        if (problem is not null) throw new FormatException($"Invalid IRI <{value}>: {problem}.");
        return new Iri(value);
    }

    /// <summary>Creates an IRI when <paramref name="value"/> is valid; otherwise false.</summary>
    public static bool TryCreate(string? value, out Iri iri)
    {
        iri = null!;
        if (value is null || IriValidator.Problem(value) is not null) return false;
        iri = new Iri(value);
        return true;
    }

    /// <summary>This IRI with <paramref name="suffix"/> appended; the result is validated again.</summary>
    public Iri Append(string suffix) => Create(Value + suffix);

    public override string ToString() => "<" + Value + ">";
}
