using GraphBuilder.Nlp.Clustering;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Features;

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
    /// <summary>Whether the model's features include <see cref="ModelRecipes.IndonesianClusters"/>' word classes and case profile.</summary>
    public bool UsesClusters { get; init; }

    /// <summary>The ontology name lists whose membership the model's features use (read from the ontology directory the caller gives).</summary>
    public IReadOnlyList<NameSource> Names { get; init; } = [];

    /// <summary>The lexicon this recipe trains with: the clusters, the case profile and the names of <see cref="Names"/> under <paramref name="ontologyDirectory"/>.</summary>
    public WordLexicon Lexicon(WordClusters? clusters, CaseProfile? casing, string? ontologyDirectory) =>
        !UsesClusters && Names.Count == 0 ? WordLexicon.Empty
        : WordLexicon.Build(
            UsesClusters ? clusters ?? throw new ArgumentNullException(nameof(clusters), $"{Name} needs word clusters") : null,
            UsesClusters ? casing ?? throw new ArgumentNullException(nameof(casing), $"{Name} needs the case profile") : null,
            Names.Count == 0 ? null : NameSource.ReadAll(Names, ontologyDirectory ?? throw new ArgumentNullException(nameof(ontologyDirectory), $"{Name} needs the ontology's name lists")));

    /// <summary>Whether the model tags entities (scored by entity F1) rather than parts of speech (accuracy).</summary>
    public bool Ner => Test.All(t => t.Ner);
}
