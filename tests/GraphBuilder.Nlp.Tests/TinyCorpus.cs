using GraphBuilder.Nlp.Corpus;

namespace GraphBuilder.Nlp.Tests;

/// <summary>A hand-made NER corpus: "NAME said", "in PLACE", "the ORG office" patterns.</summary>
internal static class TinyCorpus
{
    public static List<TaggedSentence> Sentences { get; } =
    [
        S("Budi Santoso berkata di Bandung .", "B-PERSON I-PERSON O O B-LOC O"),
        S("Siti berkata di Medan .", "B-PERSON O O B-LOC O"),
        S("kantor Pertamina di Surabaya tutup .", "O B-ORG O B-LOC O O"),
        S("Andi Wijaya tiba di Jakarta .", "B-PERSON I-PERSON O O B-LOC O"),
        S("kantor Telkom di Medan buka .", "O B-ORG O B-LOC O O"),
        S("Rina berkata kantor Garuda Indonesia tutup .", "B-PERSON O O B-ORG I-ORG O O"),
        S("mereka tiba di Bandung kemarin .", "O O O B-LOC O O"),
        S("Dewi Lestari tiba di Surabaya .", "B-PERSON I-PERSON O O B-LOC O"),
    ];

    public static TaggedSentence S(string words, string tags) => new(words.Split(' '), tags.Split(' '));
}
