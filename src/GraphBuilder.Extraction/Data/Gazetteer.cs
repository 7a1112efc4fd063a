using System.Collections.Frozen;
using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// The curated entities (countries, organisations, locations, people) and a token trie of all
/// their surface forms. Loaded once from <c>ontology/gazetteer/*.tsv</c>; read-only afterwards.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry> _byId;

    public Gazetteer(IEnumerable<(GazetteerEntry Entry, IEnumerable<(string Form, SurfaceKind Kind)> Surfaces)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (entry, surfaces) in entries)
        {
            if (!byId.TryAdd(entry.Id, entry))
                throw new FormatException($"Gazetteer: duplicate entity id {entry.Id}.");
            foreach (var (form, kind) in surfaces.Append((entry.Name, SurfaceKind.Name)))
            {
                Trie.Add(NameKey.SubWords(form), new GazetteerSurface(entry, kind, form));
            }
        }
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public TokenTrie<GazetteerSurface> Trie { get; } = new();

    public IEnumerable<GazetteerEntry> Entries => _byId.Values;

    public GazetteerEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Loads every gazetteer file under <paramref name="directory"/>.</summary>
    public static Gazetteer Load(string directory)
    {
        var entries = new List<(GazetteerEntry, IEnumerable<(string, SurfaceKind)>)>();
        foreach (var r in TsvFile.Rows(Path.Combine(directory, "countries.tsv"), 6))
        {
            var surfaces = Names(r[1], r[2], SurfaceKind.Name)
                .Concat(Names("", r[3], SurfaceKind.Demonym))
                .Concat(Names("", r[4], SurfaceKind.Capital));
            entries.Add((new GazetteerEntry(EntityType.Country, r[0]) { Qid = Qid(r[5]), Labels = Labels(r[0], r[1]) }, surfaces.ToList()));
        }
        foreach (var (file, type) in new[] { ("organizations.tsv", EntityType.Organization), ("locations.tsv", EntityType.Location) })
        {
            foreach (var r in TsvFile.Rows(Path.Combine(directory, file), 4))
            {
                entries.Add((new GazetteerEntry(type, r[0]) { Qid = Qid(r[3]), Labels = Labels(r[0], r[1]) }, Names(r[1], r[2], SurfaceKind.Name).ToList()));
            }
        }
        foreach (var r in TsvFile.Rows(Path.Combine(directory, "people.tsv"), 5))
        {
            var entry = new GazetteerEntry(EntityType.Person, r[0])
            {
                Role = r[2].Length > 0 ? r[2] : null,
                RoleOf = r[3].Length > 0 ? r[3] : null,
                Qid = Qid(r[4]),
            };
            entries.Add((entry, Names("", r[1], SurfaceKind.Name).ToList()));
        }
        return new Gazetteer(entries);
    }

    private static IEnumerable<(string, SurfaceKind)> Names(string single, string list, SurfaceKind kind)
    {
        if (single.Length > 0) yield return (single, kind);
        foreach (var item in TsvFile.List(list)) yield return (item, kind);
    }

    /// <summary>The English (first column) and Indonesian (second column) names of an entry.</summary>
    private static ImmutableArray<EntityName> Labels(string english, string indonesian) =>
        indonesian.Length > 0 ? [new(english, "en"), new(indonesian, "id")] : [new(english, "en")];

    private static string? Qid(string cell)
    {
        if (cell.Length == 0) return null;
        if (cell[0] != 'Q' || !cell.AsSpan(1).ToString().All(char.IsAsciiDigit))
            throw new FormatException($"Gazetteer: '{cell}' is not a Wikidata QID.");
        return cell;
    }
}
