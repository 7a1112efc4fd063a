using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Evaluation;

/// <summary>Runs a tagger over gold sentences: entity-level scores for NER, token accuracy for POS.</summary>
public static class TaggerEvaluation
{
    /// <summary>
    /// Gold tags are mapped to PERSON/ORG/LOC first (<see cref="NerTags.Map(string)"/>). With <paramref name="types"/>
    /// only those types are scored, in gold and prediction alike (for a corpus that annotates fewer types).
    /// </summary>
    public static EntityScorer Ner(Tagger tagger, IEnumerable<TaggedSentence> gold, IReadOnlyCollection<string>? types = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gold);
        var scorer = new EntityScorer();
        foreach (var sentence in gold)
            scorer.Add([.. sentence.Tags.Select(t => Keep(NerTags.Map(t), types))],
                [.. tagger.TagNames(SentenceText.FromWords(sentence.Words)).Select(t => Keep(t, types))]);
        return scorer;
    }

    private static string Keep(string tag, IReadOnlyCollection<string>? types) =>
        types is null || tag.Length < 3 || types.Contains(tag[2..]) ? tag : "O";

    public static (int Correct, int Total) Pos(Tagger tagger, IEnumerable<TaggedSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gold);
        int correct = 0, total = 0;
        foreach (var sentence in gold)
        {
            var predicted = tagger.TagNames(SentenceText.FromWords(sentence.Words));
            for (var i = 0; i < predicted.Length; i++)
                if (string.Equals(predicted[i], sentence.Tags[i], StringComparison.Ordinal)) correct++;
            total += predicted.Length;
        }
        return (correct, total);
    }
}
