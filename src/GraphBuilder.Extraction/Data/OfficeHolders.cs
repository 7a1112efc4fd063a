using System.Collections.Frozen;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// Dated knowledge of who held which office: gives a bare title before a known person's name ("Presiden Joko
/// Widodo", "Foreign Minister Marise Payne") its owner when the article's date falls within one of the person's
/// terms of that kind. Without an article date, the person's current term (else the most recent one) is used.
/// </summary>
public sealed class OfficeHolders
{
    private readonly FrozenDictionary<string, OfficeTerm[]> _byPerson;

    public OfficeHolders(IEnumerable<OfficeTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _byPerson = terms.GroupBy(t => t.PersonId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(t => t.From).ThenBy(t => t.OwnerId, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static OfficeHolders Empty { get; } = new([]);

    public int Count => _byPerson.Values.Sum(t => t.Length);

    /// <summary>The terms of a person, oldest first (empty when unknown).</summary>
    public IReadOnlyList<OfficeTerm> TermsOf(string personId) => _byPerson.GetValueOrDefault(personId) ?? [];

    /// <summary>
    /// The state or organisation <paramref name="personId"/> served in an office of the given kind at
    /// <paramref name="date"/>; null when no term or more than one owner fits.
    /// </summary>
    public string? Owner(string personId, OfficeRole role, DateOnly? date)
    {
        var terms = TermsOf(personId).Where(t => t.Role == role).ToList();
        if (terms.Count == 0) return null;
        List<OfficeTerm> fitting = date is { } d
            ? [.. terms.Where(t => t.Covers(d))]
            : [.. terms.Where(t => t.To is null).DefaultIfEmpty(terms[^1])];
        var owners = fitting.Select(t => t.OwnerId).Distinct(StringComparer.Ordinal).ToList();
        return owners.Count == 1 ? owners[0] : null;
    }
}
