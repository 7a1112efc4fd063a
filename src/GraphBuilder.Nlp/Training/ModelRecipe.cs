using GraphBuilder.Nlp.Corpus;

namespace GraphBuilder.Nlp.Training;

/// <summary>A corpus file relative to the data directory, with its format and whether its tags are NER tags to map.</summary>
public sealed record CorpusFile(string Name, string RelativePath, CorpusFormat Format, bool Ner)
{
    public List<TaggedSentence> Read(string dataDirectory)
    {
        var sentences = CorpusReader.Read(Path.Combine(dataDirectory, RelativePath), Format);
        return Ner ? [.. sentences.Select(NerTags.Map)] : sentences;
    }
}

/// <summary>
/// Everything needed to reproduce one committed model from ../shared/data: which files, how they are combined
/// and augmented, the training options, and the splits it is scored on (dev for tuning, test for reporting).
/// </summary>
public sealed record ModelRecipe(
    string Name,
    string FileName,
    string Description,
    Func<string, List<TaggedSentence>> TrainingData,
    TrainingOptions Options,
    IReadOnlyList<CorpusFile> Dev,
    IReadOnlyList<CorpusFile> Test)
{
    /// <summary>Whether the model tags entities (scored by entity F1) rather than parts of speech (accuracy).</summary>
    public bool Ner => Test.All(t => t.Ner);
}
