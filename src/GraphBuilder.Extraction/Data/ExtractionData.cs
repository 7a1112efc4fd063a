using System.Collections.Frozen;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>All ontology data the extractor needs, loaded once and shared read-only by every thread.</summary>
public sealed class ExtractionData
{
    private ExtractionData(Gazetteer gazetteer, FrozenDictionary<string, LanguageLexicon> lexicons, PredicateInventory predicates)
    {
        Gazetteer = gazetteer;
        Lexicons = lexicons;
        Predicates = predicates;
    }

    public Gazetteer Gazetteer { get; }
    public FrozenDictionary<string, LanguageLexicon> Lexicons { get; }
    /// <summary>The relation inventory of <c>predicates.tsv</c>, with each predicate's domain and range.</summary>
    public PredicateInventory Predicates { get; }

    /// <summary>The lexicon for a language code, or the given fallback's.</summary>
    public LanguageLexicon Lexicon(string language, string fallback) =>
        Lexicons.GetValueOrDefault(language) ?? Lexicons.GetValueOrDefault(fallback) ?? Lexicons.Values.First();

    /// <summary>Loads <c>gazetteer/</c>, every <c>lexicon/LANG/</c> and <c>predicates.tsv</c> under the ontology directory.</summary>
    public static ExtractionData Load(string ontologyDirectory)
    {
        if (!Directory.Exists(ontologyDirectory))
            throw new DirectoryNotFoundException($"Ontology directory not found: {ontologyDirectory}");
        var predicates = PredicateInventory.LoadFrom(ontologyDirectory);
        var lexiconRoot = Path.Combine(ontologyDirectory, "lexicon");
        var lexicons = Directory.Exists(lexiconRoot)
            ? Directory.GetDirectories(lexiconRoot).Order(StringComparer.Ordinal)
                .ToFrozenDictionary(d => Path.GetFileName(d), d => LanguageLexicon.Load(d, Path.GetFileName(d), predicates), StringComparer.Ordinal)
            : FrozenDictionary<string, LanguageLexicon>.Empty;
        if (lexicons.Count == 0) throw new FileNotFoundException($"No language lexicons under {lexiconRoot}.");
        return new ExtractionData(
            Gazetteer.Load(Path.Combine(ontologyDirectory, "gazetteer")),
            lexicons,
            predicates);
    }
}
