using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The owner of a bare official's title that names none and whose holder the office table does not know, from the sentence:
/// <list type="number">
/// <item>the nearest earlier delegation phrase ("delegasi Pakistan ... dipimpin oleh Menteri Pertahanan X",
/// "perwakilan dari Pemerintahan Singapura yaitu Menteri Senior X", "the Japanese delegation included Director Y");</item>
/// <item>the language's home state (<c>home-country</c> in words.tsv: a bare "Menteri
/// Investasi X" in Indonesian news is Indonesia's) when the document names that state and the sentence names no other.</item>
/// </list>
/// </summary>
public static class ContextOwner
{
    private const int MaxDelegationGap = 3;

    private static (string Id, EntityType Type)? StateOf(ArgumentUnit? unit) =>
        unit is { Entities.Count: 1 } && unit.Entities[0].Type is EntityType.Country or EntityType.Organization ? unit.Entities[0] : null;

    public static (string Id, EntityType Type, string Rule)? Find(SentenceContext c, TitleConstruction t, IEnumerable<EntityMention> sentenceMentions, IReadOnlyDictionary<string, EntityType> documentEntities)
    {
        // A leader's title in context ("delegasi X dipimpin oleh Y") leads the delegation, not the state.
        if (t.Title.IsLeader) return null;
        for (var k = t.First - 1; k >= c.First; k--)
        {
            if (!c.Is(WordClass.Delegation, k)) continue;
            // "the Chilean delegation": the state before the noun
            if (k - 1 >= c.First && StateOf(c.Units.EndingAt(k - 1)) is { } before) return (before.Id, before.Type, "title:delegation");
            // "delegasi Pakistan", "perwakilan dari Pemerintahan Singapura": the state after it
            for (var j = k + 1; j <= Math.Min(k + MaxDelegationGap, t.First - 1); j++)
            {
                if (StateOf(c.Units.StartingAt(j)) is { } after) return (after.Id, after.Type, "title:delegation");
            }
        }
        if (c.Lexicon.Words(WordClass.HomeCountry).FirstOrDefault() is not { } home || !documentEntities.TryGetValue(home, out var homeType)) return null;
        var others = sentenceMentions.Any(m => m.EntityId is { } id && id != home && m.Type is EntityType.Country or EntityType.Organization);
        return others ? null : (home, homeType, "title:home");
    }
}
