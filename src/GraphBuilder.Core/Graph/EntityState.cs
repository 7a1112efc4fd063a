using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// Mutable merge state of one entity inside a <see cref="GraphShard"/> (not thread-safe on its own).
/// Every field merges commutatively (sums, unions, ordinal minimums), so shards combine in any order.
/// </summary>
internal sealed class EntityState(string id, EntityType type)
{
    private readonly Dictionary<string, int> _nameVotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _nameLanguages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _wikidata = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityName, int> _taggedVotes = new();
    private readonly SortedDictionary<string, string> _curated = new(StringComparer.Ordinal);
    private string? _gazetteerName;
    private int _articles;

    public EntityType Type => type;

    public void Merge(DocumentEntity entity)
    {
        _articles++;
        // The curated name is authoritative; keep the ordinal-smallest if data ever disagrees.
        if (entity.FromGazetteer) KeepGazetteerName(entity.Name);
        _nameVotes[entity.Name] = _nameVotes.GetValueOrDefault(entity.Name) + 1;
        KeepLanguage(entity.Name, entity.NameLanguage);
        var names = entity.Names.IsDefaultOrEmpty
            ? entity.Aliases.Select(a => new EntityName(a, null)).Prepend(new EntityName(entity.Name, entity.NameLanguage))
            : entity.Names;
        foreach (var n in names.Distinct()) _taggedVotes[n] = _taggedVotes.GetValueOrDefault(n) + 1;
        foreach (var label in entity.Labels)
        {
            if (label.Language is not null) KeepCurated(label.Language, label.Text);
        }
        _names.Add(entity.Name);
        foreach (var alias in entity.Aliases) _names.Add(alias);
        if (entity.Wikidata is not null) _wikidata.Add(entity.Wikidata);
    }

    /// <summary>Adds another shard's state of the same entity.</summary>
    public void MergeFrom(EntityState other)
    {
        _articles += other._articles;
        if (other._gazetteerName is not null) KeepGazetteerName(other._gazetteerName);
        foreach (var (name, votes) in other._nameVotes) _nameVotes[name] = _nameVotes.GetValueOrDefault(name) + votes;
        foreach (var (name, language) in other._nameLanguages) KeepLanguage(name, language);
        _names.UnionWith(other._names);
        _wikidata.UnionWith(other._wikidata);
        foreach (var (name, votes) in other._taggedVotes) _taggedVotes[name] = _taggedVotes.GetValueOrDefault(name) + votes;
        foreach (var (language, text) in other._curated) KeepCurated(language, text);
    }

    // Curated data is authoritative; keep the ordinal-smallest if it ever disagrees.
    private void KeepCurated(string language, string text)
    {
        if (!_curated.TryGetValue(language, out var known) || string.CompareOrdinal(text, known) < 0) _curated[language] = text;
    }

    private void KeepGazetteerName(string name)
    {
        if (_gazetteerName is null || string.CompareOrdinal(name, _gazetteerName) < 0) _gazetteerName = name;
    }

    // Per name: the ordinal-smallest language seen, a known language beating none.
    private void KeepLanguage(string name, string? language)
    {
        if (!_nameLanguages.TryGetValue(name, out var lang) || (lang is null && language is not null)
            || (lang is not null && language is not null && string.CompareOrdinal(language, lang) < 0))
            _nameLanguages[name] = language;
    }

    public GraphEntity ToEntity()
    {
        var name = _gazetteerName ?? _nameVotes
            .OrderByDescending(kv => kv.Value)
            .ThenByDescending(kv => kv.Key.Length)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .First().Key;
        var language = _nameLanguages.GetValueOrDefault(name);
        var all = new HashSet<EntityName>(_taggedVotes.Keys) { new(name, language) };
        foreach (var (lang, text) in _curated) all.Add(new EntityName(text, lang));
        var names = all.ToList();
        names.Sort(EntityName.Compare);
        return new GraphEntity(id, type, name)
        {
            NameLanguage = language,
            Names = [.. names],
            PreferredNames = Preferred(names, name, language),
            Aliases = _names.Where(n => !string.Equals(n, name, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToImmutableArray(),
            Wikidata = _wikidata.Count > 0 ? _wikidata.Min : null,
            ArticleCount = _articles,
        };
    }

    private ImmutableArray<EntityName> Preferred(List<EntityName> names, string name, string? language) =>
    [
        .. names.Where(n => n.Language is not null).GroupBy(n => n.Language!, StringComparer.Ordinal).Select(g =>
            _curated.TryGetValue(g.Key, out var curated) ? new EntityName(curated, g.Key)
            : g.Key == language ? new EntityName(name, language)
            : g.OrderByDescending(n => _taggedVotes.GetValueOrDefault(n)).ThenByDescending(n => n.Text.Length)
                .ThenBy(n => n.Text, StringComparer.Ordinal).First()),
    ];
}
