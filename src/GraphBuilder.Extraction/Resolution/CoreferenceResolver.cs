using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Resolves mentions within one document and declares its entities: spelling variants and later short
/// forms of people (Im Chong-il / Im Chon Il, Lavrov -> Sergei Lavrov, Kim -> Kim Jong Un), anaphoric
/// phrases ("negara tersebut", "kedua negara"), role anaphors ("Pemimpin Korea Utara itu",
/// "Menteri Luar Negeri kedua negara") and pronouns whose antecedent is the clear subject.
/// Identity never crosses documents here: two people sharing a surname stay apart unless one is named in full.
/// </summary>
public sealed class CoreferenceResolver(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "coreference-resolver";

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        var folded = FoldedText.Tokens(document);
        var clusters = new Dictionary<string, PersonCluster>(StringComparer.Ordinal);
        var mentions = ClusterPeople(document, clusters, lexicon.Words(WordClass.NameSuffix));
        // Each step sees the mentions so far; the token lookup is rebuilt only when a step added some.
        var lookup = new MentionLookup(document, mentions);
        Step(ShortForms.Resolve(document, folded, lexicon, mentions, lookup, clusters));
        Step(Anaphora.ResolvePhrases(document, lexicon, mentions, lookup, Anaphora.LeaderIds(document, folded, lexicon, mentions, lookup, data.Gazetteer)));
        Step(Anaphora.ResolveRoles(document, folded, lexicon, mentions, lookup, data.Gazetteer));
        Step(Anaphora.ResolvePronouns(document, folded, lexicon, mentions, lookup));
        Step(SpeakerPronouns.Resolve(document, folded, lexicon, mentions, lookup, data.Gazetteer));
        var entities = EntityBuilder.Build(mentions, clusters, data.Gazetteer, document.Language);
        return document with { Mentions = [.. mentions], Entities = entities };

        void Step(List<EntityMention> next)
        {
            if (ReferenceEquals(next, mentions)) return;
            mentions = next;
            lookup = new MentionLookup(document, mentions);
        }
    }

    private List<EntityMention> ClusterPeople(Document document, Dictionary<string, PersonCluster> clusters, IReadOnlySet<string> suffixes)
    {
        var result = new List<EntityMention>(document.Mentions.Length);
        foreach (var mention in document.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End))
        {
            var m = mention;
            if (m.Type == EntityType.Person)
            {
                PersonCluster cluster;
                if (m.EntityId is { } id)
                {
                    if (!clusters.TryGetValue(id, out cluster!))
                    {
                        cluster = new PersonCluster(id, data.Gazetteer.Find(id)?.Name ?? m.Text, suffixes);
                        cluster.AddForm(cluster.Name);
                        clusters.Add(id, cluster);
                    }
                }
                else
                {
                    var name = SpacedName.Normalise(m.Text);
                    var key = VariantKey.Of(name);
                    cluster = clusters.Values.FirstOrDefault(c => c.IsVariant(key)) ?? new PersonCluster(StableId.For(EntityType.Person, name), name, suffixes);
                    clusters.TryAdd(cluster.Id, cluster);
                    m = m with { EntityId = cluster.Id };
                }
                cluster.AddForm(m.Text);
                cluster.FirstSeen = Math.Min(cluster.FirstSeen, m.Span.Start);
            }
            result.Add(m);
        }
        return result;
    }
}
