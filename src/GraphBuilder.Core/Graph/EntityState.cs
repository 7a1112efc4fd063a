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
        return new GraphEntity(id, type, name)
        {
            NameLanguage = _nameLanguages.GetValueOrDefault(name),
            Aliases = _names.Where(n => !string.Equals(n, name, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToImmutableArray(),
            Wikidata = _wikidata.Count > 0 ? _wikidata.Min : null,
            ArticleCount = _articles,
        };
    }
}
