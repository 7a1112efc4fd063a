using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Finds later short forms and spelling variants of people already named in full in the document.</summary>
public static class ShortForms
{
    private const int MaxRun = 3;

    public static IReadOnlyList<EntityMention> Resolve(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, IReadOnlyList<EntityMention> mentions, MentionLookup lookup, Dictionary<string, PersonCluster> clusters)
    {
        if (clusters.Count == 0) return mentions;
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var added = new List<EntityMention>();
        // Every cluster's short forms: most name tokens are none, and then no cluster needs asking.
        var shortForms = new HashSet<string>(clusters.Values.SelectMany(c => c.ShortForms), StringComparer.Ordinal);
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            var starting = lookup.StartingAt(t);
            for (var i = 0; i < starting.Count; i++)
            {
                if (starting[i] is { Type: EntityType.Person, EntityId: { } id }) lastSeen[id] = t;
            }
            if (lookup.IsCovered(t) || !IsNameToken(document, folded, lexicon, t)) continue;
            var sentence = document.Tokens[t].SentenceIndex;
            var run = 1;
            while (run < MaxRun && t + run < document.Tokens.Length && document.Tokens[t + run].SentenceIndex == sentence
                   && !lookup.IsCovered(t + run) && IsNameToken(document, folded, lexicon, t + run)) run++;
            if (run >= 2 && Latest(clusters, lastSeen, VariantKey.Of(FoldedText.Text(document, t, t + run)), static (c, key) => c.IsVariant(key)) is { } variant)
            {
                added.Add(Mention(document, t, t + run, variant, "coref:variant", MentionOrigin.Variant));
                lastSeen[variant.Id] = t;
                t += run - 1;
                continue;
            }
            if (shortForms.Contains(folded[t]) && Latest(clusters, lastSeen, folded[t], static (c, word) => c.ShortForms.Contains(word)) is { } cluster)
            {
                added.Add(Mention(document, t, t + 1, cluster, "coref:short-form", MentionOrigin.ShortForm));
                lastSeen[cluster.Id] = t;
            }
        }
        return MentionOrder.Merge(mentions, added);
    }

    /// <summary>The most recently seen cluster that fits (the earlier-declared one on a tie), or null.</summary>
    private static PersonCluster? Latest<TState>(Dictionary<string, PersonCluster> clusters, Dictionary<string, int> lastSeen, TState state, Func<PersonCluster, TState, bool> fits)
    {
        PersonCluster? best = null;
        var bestSeen = int.MinValue;
        foreach (var c in clusters.Values)
        {
            if (!lastSeen.TryGetValue(c.Id, out var seen) || (best is not null && seen <= bestSeen) || !fits(c, state)) continue;
            best = c;
            bestSeen = seen;
        }
        return best;
    }

    private static bool IsNameToken(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, int t) =>
        FoldedText.IsCapitalised(document, t) && !lexicon.Is(WordClass.NotName, folded[t]) && !lexicon.Is(WordClass.Stop, folded[t])
        && !lexicon.Is(WordClass.Pronoun, folded[t]) && !lexicon.Is(WordClass.PluralPronoun, folded[t]);

    private static EntityMention Mention(Document document, int first, int end, PersonCluster cluster, string rule, MentionOrigin origin)
    {
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
        return new EntityMention(span, EntityType.Person, document.Text[span.Start..span.End], document.Tokens[first].SentenceIndex, rule)
        {
            EntityId = cluster.Id,
            Confidence = Confidences.ShortFormMention,
            Origin = origin,
        };
    }
}
