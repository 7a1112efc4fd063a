namespace GraphBuilder.Core.Ontology;

/// <summary>
/// The languages the ontology supports: one folder per language code under <c>ontology/lexicon/</c>.
/// Adding a language is adding a folder; no list of codes lives in code.
/// </summary>
public static class LexiconFolders
{
    /// <summary>The folder of the language lexicons inside the ontology directory.</summary>
    public const string FolderName = "lexicon";

    /// <summary>Language codes with a lexicon folder, ordinal-sorted; empty when there is none.</summary>
    public static IReadOnlyList<string> Languages(string ontologyDirectory)
    {
        var root = Path.Combine(ontologyDirectory, FolderName);
        return Directory.Exists(root)
            ? [.. Directory.GetDirectories(root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Null when <paramref name="language"/> has a lexicon folder, else the reason, naming the ones that exist.</summary>
    public static string? Problem(string ontologyDirectory, string language)
    {
        var languages = Languages(ontologyDirectory);
        if (languages.Contains(language, StringComparer.Ordinal)) return null;
        return languages.Count == 0
            ? $"no language lexicons under {Path.Combine(ontologyDirectory, FolderName)}"
            : $"'{language}' has no lexicon folder in {Path.Combine(ontologyDirectory, FolderName)} (available: {string.Join(", ", languages)})";
    }
}
