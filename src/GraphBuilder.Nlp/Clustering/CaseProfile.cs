using System.Globalization;
using System.Text;

namespace GraphBuilder.Nlp.Clustering;

/// <summary>
/// How each word is usually written in cased text, away from the start of a sentence: 1 always lower-case,
/// 2 sometimes capitalised (under half of the time), 3 mostly capitalised, 4 always capitalised, 5 all capitals
/// (acronyms). Learnt from unlabelled cased sentences, it tells the tagger of lower-cased text (NERP, a
/// lower-cased headline) that "jakarta" is a name. Stored as a TSV (<c>word TAB class</c>, ordinal order).
/// </summary>
public sealed class CaseProfile
{
    private readonly SortedDictionary<string, int> classes;

    public CaseProfile(IEnumerable<KeyValuePair<string, int>> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        this.classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, c) in classes)
        {
            if (c is < 1 or > 5) throw new ArgumentException($"case class {c} of '{w}' is outside 1..5", nameof(classes));
            if (!this.classes.TryAdd(w, c)) throw new ArgumentException($"word '{w}' is listed twice", nameof(classes));
        }
    }

    public IEnumerable<string> Words => classes.Keys;

    /// <summary>The lower-cased word's class, or 0 when it was never seen inside a cased sentence.</summary>
    public int Of(string lowerCasedWord) => classes.GetValueOrDefault(lowerCasedWord);

    /// <summary>
    /// Profiles every word seen at least <paramref name="minCount"/> times after the first position of a sentence
    /// that has a capital letter somewhere (lower-cased corpora tell nothing about case); single letters and
    /// words without letters are left out.
    /// </summary>
    public static CaseProfile Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, (int Total, int Capital, int Upper)>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (!s.Any(w => w.Any(char.IsUpper))) continue;
            for (var i = 1; i < s.Count; i++)
            {
                var w = s[i];
                if (w.Length < 2 || !w.Any(char.IsLetter)) continue;
                var key = w.ToLowerInvariant();
                var (total, capital, upper) = counts.GetValueOrDefault(key);
                var isCapital = char.IsUpper(w[0]);
                var isUpper = w.Count(char.IsLetter) >= 2 && w.Where(char.IsLetter).All(char.IsUpper);
                counts[key] = (total + 1, capital + (isCapital ? 1 : 0), upper + (isUpper ? 1 : 0));
            }
        }
        return new CaseProfile(counts.Where(p => p.Value.Total >= minCount).Select(p => KeyValuePair.Create(p.Key, Classify(p.Value))));
    }

    private static int Classify((int Total, int Capital, int Upper) c) =>
        c.Upper * 2 > c.Total ? 5 : c.Capital == 0 ? 1 : c.Capital * 2 < c.Total ? 2 : c.Capital < c.Total ? 3 : 4;

    public string ToTsv()
    {
        var sb = new StringBuilder("# how each word is written in cased text (1 lower .. 4 capitalised, 5 all capitals); see docs/nlp.md\n");
        foreach (var (w, c) in classes) sb.Append(w).Append('\t').Append(c.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Reads <see cref="ToTsv"/>'s format; a malformed line throws <see cref="FormatException"/> naming the file and line.</summary>
    public static CaseProfile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var entries = new List<KeyValuePair<string, int>>();
        foreach (var (number, fields) in WordTsv.Lines(path))
        {
            if (fields.Length != 2 || fields[0].Length == 0 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c is < 1 or > 5)
                throw new FormatException($"{path}:{number}: expected 'word<TAB>class 1..5'");
            entries.Add(KeyValuePair.Create(fields[0], c));
        }
        return new CaseProfile(entries);
    }
}
