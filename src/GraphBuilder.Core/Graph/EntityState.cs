using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>Mutable merge state of one entity inside <see cref="GraphAccumulator"/> (not thread-safe on its own).</summary>
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

    public void Merge(DocumentEntity entity)
    {
        _articles++;
        if (entity.FromGazetteer)
        {
            // The curated name is authoritative; keep the ordinal-smallest if data ever disagrees.
            if (_gazetteerName is null || string.CompareOrdinal(entity.Name, _gazetteerName) < 0) _gazetteerName = entity.Name;
        }
        _nameVotes[entity.Name] = _nameVotes.GetValueOrDefault(entity.Name) + 1;
        if (!_nameLanguages.TryGetValue(entity.Name, out var lang) || (lang is null && entity.NameLanguage is not null)
            || (lang is not null && entity.NameLanguage is not null && string.CompareOrdinal(entity.NameLanguage, lang) < 0))
            _nameLanguages[entity.Name] = entity.NameLanguage;
        var names = entity.Names.IsDefaultOrEmpty
            ? entity.Aliases.Select(a => new EntityName(a, null)).Prepend(new EntityName(entity.Name, entity.NameLanguage))
            : entity.Names;
        foreach (var n in names.Distinct()) _taggedVotes[n] = _taggedVotes.GetValueOrDefault(n) + 1;
        foreach (var label in entity.Labels)
        {
            // Curated data is authoritative; keep the ordinal-smallest if it ever disagrees.
            if (label.Language is null) continue;
            if (!_curated.TryGetValue(label.Language, out var known) || string.CompareOrdinal(label.Text, known) < 0) _curated[label.Language] = label.Text;
        }
        _names.Add(entity.Name);
        foreach (var alias in entity.Aliases) _names.Add(alias);
        if (entity.Wikidata is not null) _wikidata.Add(entity.Wikidata);
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
