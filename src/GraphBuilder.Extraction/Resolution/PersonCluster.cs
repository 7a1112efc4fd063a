using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>One person within a document: stable id, canonical name, and the name parts a later short form may use.</summary>
public sealed class PersonCluster(string id, string name, IReadOnlySet<string>? nameSuffixes = null)
{
    private readonly IReadOnlySet<string> _suffixes = nameSuffixes ?? new HashSet<string>();

    public string Id { get; } = id;
    public string Name { get; } = name;
    public HashSet<string> CompactNames { get; } = new(StringComparer.Ordinal) { NameKey.Compact(name) };
    public HashSet<string> ShortForms { get; } = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

    /// <summary>Character offset of the first full mention: short forms only refer back.</summary>
    public int FirstSeen { get; set; } = int.MaxValue;

    /// <summary>Character offset of the latest mention: the most recent person wins an ambiguous short form.</summary>
    public int LastSeen { get; set; } = -1;

    /// <summary>Adds a full form: its compact key, its first part and (if 3+ letters) its last part before any name suffix.</summary>
    public void AddForm(string form)
    {
        if (!_forms.Add(form)) return; // the same form adds nothing new
        CompactNames.Add(NameKey.Compact(form));
        var parts = NameKey.SubWords(form);
        // "Ferdinand Marcos Jr.": a generational suffix is not the surname.
        while (parts.Count > 2 && _suffixes.Contains(parts[^1].TrimEnd('.'))) parts.RemoveAt(parts.Count - 1);
        if (parts.Count < 2) return;
        if (parts[0].Length >= 2) ShortForms.Add(parts[0]);
        if (parts[^1].Length >= 3) ShortForms.Add(parts[^1]);
    }

    /// <summary>True if <paramref name="form"/> is this name spelled slightly differently (Im Chong-il / Im Chon Il).</summary>
    public bool IsVariant(string form) => IsVariant(VariantKey.Of(form));

    /// <summary>True if the prepared name is this name spelled slightly differently.</summary>
    public bool IsVariant(VariantKey key)
    {
        if (CompactNames.Contains(key.Compact)) return true;
        if (key.Compact.Length < 6 || key.FirstPart is not { } firstPart) return false;
        foreach (var c in CompactNames)
        {
            if (c.Length >= 6 && c.StartsWith(firstPart, StringComparison.Ordinal) && EditDistance.AtMostOne(c, key.Compact)) return true;
        }
        return false;
    }
}
