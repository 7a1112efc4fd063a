using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Who holds which title for which country or organisation, as stated in the document (or known for people it names).</summary>
public sealed class RoleTable
{
    private readonly List<(string Owner, string? Phrase, bool IsLeader, string Person)> _rows = [];

    public void Add(string ownerId, TitleEntry title, string personId) =>
        _rows.Add((ownerId, NameKey.Fold(title.Office), title.IsLeader, personId));

    public void AddKnown(string ownerId, OfficeRole role, string personId) => _rows.Add((ownerId, null, role == OfficeRole.Leader, personId));

    /// <summary>True when the person holds a leader's title in the document (or is known to).</summary>
    public bool IsLeader(string personId) => _rows.Any(r => r.Person == personId && r.IsLeader);

    /// <summary>The one country or organisation <paramref name="personId"/> serves or leads in the document, or null.</summary>
    public string? OwnerOf(string personId)
    {
        var owners = _rows.Where(r => r.Person == personId).Select(r => r.Owner).Distinct(StringComparer.Ordinal).ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>The holder of <paramref name="title"/> for the owner: same title first, then (for leaders) any leader; null if unclear.</summary>
    public string? Holder(string ownerId, TitleEntry title)
    {
        var phrase = NameKey.Fold(title.Office);
        var exact = _rows.Where(r => r.Owner == ownerId && r.Phrase == phrase).Select(r => r.Person).Distinct(StringComparer.Ordinal).ToList();
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1 || !title.IsLeader) return null;
        var leaders = _rows.Where(r => r.Owner == ownerId && r.IsLeader).Select(r => r.Person).Distinct(StringComparer.Ordinal).ToList();
        return leaders.Count == 1 ? leaders[0] : null;
    }
}
