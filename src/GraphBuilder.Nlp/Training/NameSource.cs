namespace GraphBuilder.Nlp.Training;

/// <summary>
/// A name list for the tagger's membership features, read from an ontology TSV whose directory the caller passes in
/// (<c>graphbuilder train</c> passes the configured ontology): the '|'-separated values of some columns, optionally
/// only on rows whose first column is <see cref="RowClass"/> (the word classes of <c>lexicon/LANG/words.tsv</c>).
/// Lines starting with '#' are comments.
/// </summary>
public sealed record NameSource(string List, string RelativePath, IReadOnlyList<int> Columns, string? RowClass = null)
{
    /// <summary>The (list, phrase) pairs of the file, in file order; a missing file throws <see cref="FileNotFoundException"/> naming it.</summary>
    public IEnumerable<(string List, string Phrase)> Read(string ontologyDirectory)
    {
        ArgumentNullException.ThrowIfNull(ontologyDirectory);
        var path = Path.Combine(ontologyDirectory, RelativePath);
        if (!File.Exists(path)) throw new FileNotFoundException($"name list {path} not found", path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (RowClass is not null && fields[0] != RowClass) continue;
            foreach (var c in Columns)
                if (c < fields.Length)
                    foreach (var value in fields[c].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        yield return (List, value);
        }
    }

    /// <summary>All pairs of <paramref name="sources"/>, in order.</summary>
    public static List<(string List, string Phrase)> ReadAll(IEnumerable<NameSource> sources, string ontologyDirectory) =>
        [.. sources.SelectMany(s => s.Read(ontologyDirectory))];
}
