using GraphBuilder.Core.Documents;
using System.Collections.Frozen;
using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// Everything language-specific, loaded from <c>ontology/lexicon/LANG/</c>: word classes, titles,
/// anaphoric phrases, month and day names, and relation cue patterns. Adding a language is adding a folder.
/// </summary>
public sealed class LanguageLexicon
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _classes;

    private LanguageLexicon(string code, FrozenDictionary<string, FrozenSet<string>> classes)
    {
        Code = code;
        _classes = classes;
    }

    public string Code { get; }
    public TokenTrie<TitleEntry> Titles { get; } = new();
    public TokenTrie<CorefPhraseKind> CorefPhrases { get; } = new();
    public ImmutableArray<CuePattern> Patterns { get; private set; } = [];
    public FrozenDictionary<string, int> Months { get; private set; } = FrozenDictionary<string, int>.Empty;
    public FrozenDictionary<string, DayOfWeek> Days { get; private set; } = FrozenDictionary<string, DayOfWeek>.Empty;

    /// <summary>True if the folded word is in the word class.</summary>
    public bool Is(string wordClass, string foldedWord) =>
        _classes.TryGetValue(wordClass, out var set) && set.Contains(foldedWord);

    public FrozenSet<string> Words(string wordClass) => _classes.GetValueOrDefault(wordClass) ?? FrozenSet<string>.Empty;

    public static LanguageLexicon Load(string directory, string code, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        foreach (var r in TsvFile.Rows(Path.Combine(directory, "words.tsv"), 2))
        {
            var word = NameKey.Fold(r[1]);
            if (r[0].StartsWith("month:", StringComparison.Ordinal)) months[word] = int.Parse(r[0][6..], System.Globalization.CultureInfo.InvariantCulture);
            else if (r[0].StartsWith("day:", StringComparison.Ordinal)) days[word] = (DayOfWeek)int.Parse(r[0][4..], System.Globalization.CultureInfo.InvariantCulture);
            else
            {
                if (!classes.TryGetValue(r[0], out var set)) classes[r[0]] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(word);
            }
        }
        var lexicon = new LanguageLexicon(code, classes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            Months = months.ToFrozenDictionary(StringComparer.Ordinal),
            Days = days.ToFrozenDictionary(StringComparer.Ordinal),
        };
        var titleRows = TsvFile.Rows(Path.Combine(directory, "titles.tsv"), 3).ToList();
        var titleRoles = new Dictionary<string, OfficeRole>(StringComparer.Ordinal);
        foreach (var r in titleRows)
        {
            if (!OfficeRoles.TryParse(r[0], out var role)) throw new FormatException($"titles.tsv ({code}): role must be leader or official, not '{r[0]}'.");
            titleRoles.TryAdd(NameKey.Fold(r[1]), role);
        }
        foreach (var r in titleRows)
        {
            OfficeRoles.TryParse(r[0], out var role);
            // Third column: the full title this phrase abbreviates; it must be a row of the file with the same role.
            if (r[2].Length > 0 && (!titleRoles.TryGetValue(NameKey.Fold(r[2]), out var full) || full != role))
                throw new FormatException($"titles.tsv ({code}): '{r[1]}' abbreviates '{r[2]}', which is not a {role.ToString().ToLowerInvariant()} title of the file.");
            lexicon.Titles.Add(NameKey.TokenKeys(r[1]), new TitleEntry(r[1], role) { Office = r[2].Length > 0 ? r[2] : r[1] });
        }
        foreach (var r in TsvFile.Rows(Path.Combine(directory, "coref.tsv"), 2))
        {
            if (!Enum.TryParse<CorefPhraseKind>(r[0], ignoreCase: true, out var kind)) throw new FormatException($"coref.tsv ({code}): unknown kind '{r[0]}'.");
            lexicon.CorefPhrases.Add(NameKey.TokenKeys(r[1]), kind);
        }
        var morphology = Morphology.Load(Path.Combine(directory, "morphology.tsv"));
        var patterns = ImmutableArray.CreateBuilder<CuePattern>();
        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in TsvFile.Rows(Path.Combine(directory, "relations.tsv"), 3))
        {
            if (!rules.Add(r[0])) throw new FormatException($"relations.tsv ({code}): rule id '{r[0]}' is used twice.");
            if (!predicates.TryGet(r[1], out var predicate)) throw new FormatException($"relations.tsv ({code}): unknown predicate '{r[1]}' in rule {r[0]}.");
            patterns.Add(CuePattern.Parse($"{code}:{r[0]}", predicate, r[2], morphology));
        }
        // Longer patterns first: when two match the same cue, the more specific one wins.
        lexicon.Patterns = [.. patterns.OrderByDescending(p => p.Elements.Length)];
        return lexicon;
    }
}
