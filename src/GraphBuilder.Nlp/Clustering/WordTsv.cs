namespace GraphBuilder.Nlp.Clustering;

/// <summary>
/// The line reader shared by the word-class files: an optional '#' comment on the first line only ('#' is a word
/// too), then <c>word TAB ...</c> lines; each word once.
/// </summary>
internal static class WordTsv
{
    /// <summary>The data lines as (line number, fields); a repeated word throws <see cref="FormatException"/> naming the file and line.</summary>
    public static IEnumerable<(int Number, string[] Fields)> Lines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || (number == 1 && line.StartsWith('#'))) continue;
            var fields = line.Split('\t');
            if (!seen.Add(fields[0])) throw new FormatException($"{path}:{number}: word '{fields[0]}' is listed twice");
            yield return (number, fields);
        }
    }
}
