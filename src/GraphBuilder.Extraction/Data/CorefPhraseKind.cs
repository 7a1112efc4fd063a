namespace GraphBuilder.Extraction.Data;

/// <summary>Kinds of anaphoric phrases in <c>lexicon/LANG/coref.tsv</c>.</summary>
public enum CorefPhraseKind : byte
{
    /// <summary>"negara tersebut", "the country": the most recent country.</summary>
    Country,

    /// <summary>"kedua negara", "both countries": the two most recent countries.</summary>
    BothCountries,

    /// <summary>"organisasi tersebut", "the alliance": the most recent organisation.</summary>
    Organization,

    /// <summary>"keduanya", "kedua pemimpin", "the two leaders": the two people named last.</summary>
    BothPeople,

    /// <summary>"kedua kepala negara", "both leaders": the two most salient people the document knows as leaders (else as <see cref="BothPeople"/>).</summary>
    BothLeaders,
}
