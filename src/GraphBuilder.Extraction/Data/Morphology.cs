using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// Inflection of verb roots from <c>lexicon/LANG/morphology.tsv</c>, so cue patterns list roots, not every form:
/// <c>meN:dukung</c> in a pattern stands for <c>mendukung</c>, the headline stem <c>dukung</c> and the clitic
/// forms <c>mendukungnya</c>, <c>dukungnya</c>; <c>meN:tuduh+kan</c> for <c>menuduhkan</c>, <c>tuduhkan</c>, ...;
/// <c>di:tuduh</c> for the passive <c>dituduh</c>. A prefix's nasal assimilation comes from rows
/// <c>prefix NAME ONSETS FORM drop|keep</c> (first matching onset wins, longest onsets first), clitics from
/// <c>clitic nya</c>, and whether the bare stem is a form of the prefix from <c>bare NAME</c>.
/// </summary>
public sealed class Morphology
{
    private readonly FrozenDictionary<string, (string[] Onsets, string Form, bool Drop)[]> _prefixes;
    private readonly string[] _clitics;
    private readonly FrozenSet<string> _bare;

    private Morphology(FrozenDictionary<string, (string[], string, bool)[]> prefixes, string[] clitics, FrozenSet<string> bare)
    {
        _prefixes = prefixes;
        _clitics = clitics;
        _bare = bare;
    }

    public static Morphology None { get; } = new(FrozenDictionary<string, (string[], string, bool)[]>.Empty, [], FrozenSet<string>.Empty);

    /// <summary>Loads <paramref name="path"/>, or <see cref="None"/> when the language has no morphology file.</summary>
    public static Morphology Load(string path)
    {
        if (!File.Exists(path)) return None;
        var prefixes = new Dictionary<string, List<(string[], string, bool)>>(StringComparer.Ordinal);
        var clitics = new List<string>();
        var bare = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in TsvFile.Rows(path, 5))
        {
            switch (r[0])
            {
                case "prefix" when r[1].Length > 0 && r[3].Length > 0 && r[4] is "drop" or "keep":
                    if (!prefixes.TryGetValue(r[1], out var rules)) prefixes[r[1]] = rules = [];
                    rules.Add((TsvFile.List(r[2]), r[3], r[4] == "drop"));
                    break;
                case "clitic" when r[1].Length > 0: clitics.Add(r[1]); break;
                case "bare" when r[1].Length > 0: bare.Add(r[1]); break;
                default: throw new FormatException($"{path}: unknown or incomplete row '{string.Join('\t', r).TrimEnd()}'.");
            }
        }
        return new Morphology(prefixes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), [.. clitics], bare.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The forms a pattern word stands for: a plain word is itself; <c>PREFIX:root[+suffix]</c> is the prefixed form,
    /// the bare stem where the prefix allows it, and each with every clitic.
    /// </summary>
    public IEnumerable<string> Forms(string word)
    {
        var colon = word.IndexOf(':');
        if (colon <= 0) { yield return word; yield break; }
        var name = word[..colon];
        var parts = word[(colon + 1)..].Split('+');
        var (root, suffix) = (parts[0], string.Concat(parts.Skip(1)));
        if (root.Length == 0 || !_prefixes.TryGetValue(name, out var rules))
            throw new FormatException($"'{word}': unknown prefix '{name}' or empty root (see morphology.tsv).");
        var rule = rules.FirstOrDefault(r => r.Onsets.Any(o => o == "*" || root.StartsWith(o, StringComparison.Ordinal)));
        if (rule.Form is null) throw new FormatException($"'{word}': no rule of prefix '{name}' covers the root's onset.");
        var onset = rule.Onsets.Where(o => o != "*" && root.StartsWith(o, StringComparison.Ordinal)).MaxBy(o => o.Length) ?? "";
        var stem = root + suffix;
        var prefixed = rule.Form + (rule.Drop ? stem[onset.Length..] : stem);
        var forms = new List<string> { prefixed };
        if (_bare.Contains(name)) forms.Add(stem);
        foreach (var form in forms.ToList()) forms.AddRange(_clitics.Select(c => form + c));
        foreach (var form in forms.Distinct(StringComparer.Ordinal)) yield return form;
    }
}
