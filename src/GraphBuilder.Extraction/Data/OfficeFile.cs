using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// Reads <c>gazetteer/offices.tsv</c>: person, other names, role (leader|official), office, owner id, from, to, QID.
/// A person not in <c>people.tsv</c> becomes a curated person with the row's names; every owner must be a
/// curated state or organisation, and a term must not end before it starts.
/// </summary>
internal static class OfficeFile
{
    public static OfficeHolders Load(string path, Dictionary<string, (GazetteerEntry Entry, List<(string, SurfaceKind)> Names)> people, IReadOnlySet<string> owners)
    {
        if (!File.Exists(path)) return OfficeHolders.Empty;
        var terms = new List<OfficeTerm>();
        var row = 0;
        foreach (var r in TsvFile.Rows(path, 8))
        {
            row++;
            var where = $"{path}: row {row} ({r[0]})";
            if (r[0].Length == 0) throw new FormatException($"{where}: the person is empty.");
            if (!OfficeRoles.TryParse(r[2], out var role)) throw new FormatException($"{where}: role must be leader or official, not '{r[2]}'.");
            if (!owners.Contains(r[4])) throw new FormatException($"{where}: '{r[4]}' is not a curated country or organisation id.");
            var from = OfficeTerm.ParseMonth(r[5], where);
            int? to = r[6].Length == 0 ? null : OfficeTerm.ParseMonth(r[6], where);
            if (to < from) throw new FormatException($"{where}: the term ends before it starts.");
            var id = Core.Identity.StableId.For(EntityType.Person, r[0]);
            if (!people.TryGetValue(id, out var person))
                people[id] = person = (new GazetteerEntry(EntityType.Person, r[0]) { Qid = Gazetteer.Qid(r[7]) }, []);
            foreach (var name in Gazetteer.Names("", r[1], SurfaceKind.Name))
                if (!person.Names.Contains(name)) person.Names.Add(name);
            terms.Add(new OfficeTerm(id, role, r[3], r[4], from, to));
        }
        return new OfficeHolders(terms);
    }
}
