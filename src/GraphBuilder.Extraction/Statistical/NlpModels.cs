using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Extraction.Statistical;

/// <summary>
/// The trained taggers found in the ontology's models/ folder, by language: ner-LANG.gbtm (names) and
/// pos-LANG.gbtm (parts of speech). Loaded once per pipeline and shared by all threads.
/// </summary>
public sealed class NlpModels
{
    public NlpModels(IReadOnlyDictionary<string, Tagger> names, IReadOnlyDictionary<string, Tagger> partsOfSpeech)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(partsOfSpeech);
        Names = names;
        PartsOfSpeech = partsOfSpeech;
    }

    public IReadOnlyDictionary<string, Tagger> Names { get; }
    public IReadOnlyDictionary<string, Tagger> PartsOfSpeech { get; }

    /// <summary>
    /// Loads the models the options switch on. <paramref name="nameLanguages"/> limits which NER models are used
    /// (a language whose model does not beat the rules on news is left out). A damaged file throws
    /// <see cref="InvalidDataException"/> naming it; a missing one is simply absent.
    /// </summary>
    public static NlpModels Load(string modelsDirectory, IEnumerable<string> nameLanguages, bool partsOfSpeech)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        ArgumentNullException.ThrowIfNull(nameLanguages);
        return new NlpModels(Find(modelsDirectory, "ner", nameLanguages), partsOfSpeech ? Find(modelsDirectory, "pos", ["id", "en"]) : new Dictionary<string, Tagger>());
    }

    private static Dictionary<string, Tagger> Find(string directory, string kind, IEnumerable<string> languages)
    {
        var result = new Dictionary<string, Tagger>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var path = Path.Combine(directory, $"{kind}-{language}.gbtm");
            if (File.Exists(path)) result[language] = new Tagger(ModelFile.Read(path));
        }
        return result;
    }
}
