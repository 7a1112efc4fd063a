namespace GraphBuilder.Extraction;

/// <summary>Where the ontology data lives and which language to assume when detection cannot tell.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Directory holding predicates.tsv, gazetteer/ and lexicon/LANG/ (the repository's ontology/ folder).</summary>
    public string OntologyDirectory { get; init; } = "";

    /// <summary>ISO 639-1 code used when an article has no language and detection is undecided.</summary>
    public string DefaultLanguage { get; init; } = "id";
}
