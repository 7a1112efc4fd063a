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

    public Gazetteer(IEnumerable<(GazetteerEntry Entry, IEnumerable<(string Form, SurfaceKind Kind)> Surfaces)> entries, OfficeHolders? offices = null)
    {
        Offices = offices ?? OfficeHolders.Empty;
        ArgumentNullException.ThrowIfNull(entries);
        var byId = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (entry, surfaces) in entries)
        {
            if (!byId.TryAdd(entry.Id, entry))
                throw new FormatException($"Gazetteer: duplicate entity id {entry.Id}.");
            foreach (var (form, kind) in surfaces.Append((entry.Name, SurfaceKind.Name)))
            {
                var surface = new GazetteerSurface(entry, kind, form);
                Trie.Add(NameKey.TokenKeys(form), surface);
                _surfaces.Add(surface);
            }
        }
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly List<GazetteerSurface> _surfaces = [];

    public TokenTrie<GazetteerSurface> Trie { get; } = new();

    /// <summary>Every surface form, in load order.</summary>
    public IReadOnlyList<GazetteerSurface> Surfaces => _surfaces;

    /// <summary>Dated terms in office of the curated people (<c>offices.tsv</c>).</summary>
    public OfficeHolders Offices { get; }

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
        var people = new Dictionary<string, (GazetteerEntry Entry, List<(string, SurfaceKind)> Names)>(StringComparer.Ordinal);
        foreach (var r in TsvFile.Rows(Path.Combine(directory, "people.tsv"), 5))
        {
            var entry = new GazetteerEntry(EntityType.Person, r[0]) { Role = Role(r[0], r[2], r[3]), Qid = Qid(r[4]) };
            if (!people.TryAdd(entry.Id, (entry, Names("", r[1], SurfaceKind.Name).ToList())))
                throw new FormatException($"Gazetteer: duplicate entity id {entry.Id}.");
        }
        var known = entries.Select(e => e.Item1.Id).ToHashSet(StringComparer.Ordinal);
        var offices = OfficeFile.Load(Path.Combine(directory, "offices.tsv"), people, known);
        entries.AddRange(people.Values.Select(p => (p.Entry, (IEnumerable<(string, SurfaceKind)>)p.Names)));
        return new Gazetteer(entries, offices);
    }

    internal static IEnumerable<(string, SurfaceKind)> Names(string single, string list, SurfaceKind kind)
    {
        if (single.Length > 0) yield return (single, kind);
        foreach (var item in TsvFile.List(list)) yield return (item, kind);
    }

    /// <summary>The role columns of people.tsv: both empty, or "leader"/"official" and the owner's id.</summary>
    private static PersonRole? Role(string person, string role, string owner)
    {
        if (role.Length == 0 && owner.Length == 0) return null;
        if (!OfficeRoles.TryParse(role, out var kind))
            throw new FormatException($"Gazetteer people.tsv ({person}): role must be leader or official, not '{role}'.");
        if (owner.Length == 0) throw new FormatException($"Gazetteer people.tsv ({person}): the role '{role}' names no owner.");
        return new PersonRole(kind, owner);
    }

    /// <summary>The English (first column) and Indonesian (second column) names of an entry.</summary>
    private static ImmutableArray<EntityName> Labels(string english, string indonesian) =>
        indonesian.Length > 0 ? [new(english, "en"), new(indonesian, "id")] : [new(english, "en")];

    internal static string? Qid(string cell)
    {
        if (cell.Length == 0) return null;
        if (!Core.Identity.Qid.IsValid(cell))
            throw new FormatException($"Gazetteer: '{cell}' is not a Wikidata QID (Q and a number, e.g. Q423).");
        return cell;
    }
}
