using GraphBuilder.Nlp.Clustering;

namespace GraphBuilder.Nlp.Training;

/// <summary>
/// How the committed word-class files are made from unlabelled text (the token column of the train and dev splits
/// only; test splits are never read), each distinct sentence once: <see cref="FileName"/> by clustering with fixed
/// options, <see cref="CaseFileName"/> by profiling how words are written in the cased sentences.
/// </summary>
public sealed record ClusterRecipe(string Name, string FileName, string CaseFileName, IReadOnlyList<CorpusFile> Sources, ClusterOptions Options)
{
    /// <summary>The sentences of the sources, in source order, each once (compared lower-cased; the first spelling is kept).</summary>
    public List<string[]> UnlabelledText(string dataDirectory)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string[]>();
        foreach (var source in Sources)
            foreach (var sentence in source.Read(dataDirectory))
            {
                if (seen.Add(string.Join(' ', sentence.Words).ToLowerInvariant())) result.Add(sentence.Words);
            }
        return result;
    }

    public (WordClusters Clusters, CaseProfile Casing) Build(string dataDirectory)
    {
        var text = UnlabelledText(dataDirectory);
        return (WordClusters.Build(text, Options), CaseProfile.Build(text));
    }
}
