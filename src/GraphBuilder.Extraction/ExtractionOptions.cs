namespace GraphBuilder.Extraction;

/// <summary>Where the ontology data lives and which language to assume when detection cannot tell.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Directory holding predicates.tsv, gazetteer/ and lexicon/LANG/ (the repository's ontology/ folder).</summary>
    public string OntologyDirectory { get; init; } = "";

    /// <summary>ISO 639-1 code used when an article has no language and detection is undecided.</summary>
    public string DefaultLanguage { get; init; } = "id";

    /// <summary>
    /// Languages whose trained NER model (ontology/models/ner-LANG.gbtm) proposes names the gazetteer and titles miss,
    /// e.g. "id". Empty (the default) turns it off: with the current relation rules it lowers news-dev F1 (docs/nlp.md).
    /// </summary>
    public string StatisticalNames { get; init; } = "";

    /// <summary>Tag every token with its part of speech (ontology/models/pos-LANG.gbtm) into Document.PosTags. Off by default: no component reads the tags yet, and they cost about a quarter to a third of ingest throughput (docs/nlp.md).</summary>
    public bool PosTags { get; init; }
}
