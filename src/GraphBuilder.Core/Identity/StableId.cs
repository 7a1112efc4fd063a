using System.Globalization;
using System.Text;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Identity;

/// <summary>
/// Stable entity ids of the form <c>person/kim-jong-un</c>: the class folder plus a slug of
/// the canonical name. The same id is the RDF IRI's path under the base and the Neo4j node id.
/// </summary>
public static class StableId
{
    public static string For(EntityType type, string canonicalName) => $"{Folder(type)}/{Slug(canonicalName)}";

    public static string Folder(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Country => "country",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// Lower-case ASCII slug: letters and digits kept (diacritics stripped), everything else
    /// collapsed to single hyphens. Non-Latin names fall back to a short hash so ids stay valid IRIs.
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append((char)(c + 32));
            }
            else if (c == '\'' || c == '\u2019')
            {
                // apostrophes join: "O'Brien" -> "obrien"
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.Length > 0 ? sb.ToString() : "x" + ContentHash.Of(name)[..12];
    }
}
