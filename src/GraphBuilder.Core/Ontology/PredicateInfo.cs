using System.Collections.Frozen;
using System.Text;

namespace GraphBuilder.Core.Ontology;

/// <summary>Names and algebraic properties of the inventory's predicates.</summary>
public static class PredicateInfo
{
    private static readonly Predicate[] AllValues = Enum.GetValues<Predicate>();

    private static readonly FrozenDictionary<string, Predicate> ByLocalName =
        AllValues.ToFrozenDictionary(LocalName, StringComparer.Ordinal);

    public static IReadOnlyList<Predicate> All => AllValues;

    /// <summary>The ontology local name, e.g. <c>sendsTroopsTo</c>.</summary>
    public static string LocalName(this Predicate p)
    {
        var name = p.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The Neo4j relationship type, e.g. <c>SENDS_TROOPS_TO</c>.</summary>
    public static string RelationshipType(this Predicate p)
    {
        var name = p.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(name[i]));
        }
        return sb.ToString();
    }

    /// <summary>True for predicates declared owl:SymmetricProperty (meets, signsAgreementWith).</summary>
    public static bool IsSymmetric(this Predicate p) => p is Predicate.Meets or Predicate.SignsAgreementWith;

    public static bool TryParse(string localName, out Predicate predicate) =>
        ByLocalName.TryGetValue(localName, out predicate);
}
