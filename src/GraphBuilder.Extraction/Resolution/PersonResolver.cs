using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Gives every person mention an id (the curated one, or the id of an earlier name it is a spelling variant of,
/// or a new one from the name) and then finds the later short forms and variants of those people
/// (<see cref="ShortForms"/>). Puts the mentions in document order and records each person's canonical name.
/// </summary>
public sealed class PersonResolver(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "person-resolver";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.FoldedTokens | DocumentLayers.Mentions;

    public DocumentLayers Assigns => DocumentLayers.Mentions | DocumentLayers.PersonNames;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        var clusters = new Dictionary<string, PersonCluster>(StringComparer.Ordinal);
        var mentions = ClusterPeople(document, clusters, lexicon.Words(WordClass.NameSuffix));
        var resolved = ShortForms.Resolve(document, Layers.Folded(document), lexicon, mentions, new MentionLookup(document, mentions), clusters);
        return document with
        {
            Mentions = [.. resolved],
            PersonNames = clusters.Count == 0 ? document.PersonNames
                : document.PersonNames.SetItems(clusters.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Name))),
        };
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
