using System.Text;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Evaluation.News;

/// <summary>
/// Maps extracted entities to gold entity keys the way the reference scorer does: by Wikidata QID when the
/// gold entity has one, else by the first name (canonical name first, then aliases in ordinal order) whose
/// normalised form belongs to exactly one gold entity. Normalisation case-folds, turns hyphens into spaces,
/// drops dots and apostrophes and collapses spaces.
/// </summary>
public sealed class NewsEntityMatcher
{
    private readonly Dictionary<string, HashSet<string>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byQid = new(StringComparer.Ordinal);

    public NewsEntityMatcher(NewsGold gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        foreach (var e in gold.Entities.Values)
        {
            foreach (var name in e.Names)
            {
                var key = Normalise(name);
                if (!_byName.TryGetValue(key, out var keys)) _byName[key] = keys = new HashSet<string>(StringComparer.Ordinal);
                keys.Add(e.Key);
            }
            if (e.Qid is { } qid) _byQid[qid] = e.Key;
        }
    }

    /// <summary>The gold key of <paramref name="entity"/>, or null when no gold entity matches it.</summary>
    public string? Resolve(DocumentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Wikidata is { } qid && _byQid.TryGetValue(qid, out var byQid)) return byQid;
        foreach (var name in entity.Aliases.Where(a => a != entity.Name).Order(StringComparer.Ordinal).Prepend(entity.Name))
        {
            if (_byName.TryGetValue(Normalise(name), out var keys) && keys.Count == 1) return keys.First();
        }
        return null;
    }

    /// <summary>The scorer's name normalisation.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var ch in name.ToLowerInvariant())
        {
            if (ch is '.' or '\'' or '\u2019' or '`') continue;
            if (ch == '-' || char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
