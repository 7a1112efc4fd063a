namespace GraphBuilder.Nlp.Corpus;

/// <summary>How a corpus file lays out its tags.</summary>
public enum CorpusFormat
{
    /// <summary>`token TAB tag` per line, blank line between sentences (IndoNLU, CoNLL-2003 style).</summary>
    Tabbed,

    /// <summary>CoNLL-U: the UPOS column (4th) is the tag.</summary>
    ConlluUpos,

    /// <summary>CoNLL-U-like with an IOB2 tag in the 3rd column (Universal NER .iob2), or NER=... in MISC.</summary>
    ConlluNer,
}
