using System.Collections.Frozen;
using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// An immutable snapshot of the accumulated graph, every collection sorted ordinally so that
/// exporters produce byte-identical output for the same input.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly FrozenDictionary<string, GraphEntity> _entitiesById;

    public KnowledgeGraph(
        ImmutableArray<GraphEntity> entities,
        ImmutableArray<GraphRelation> relations,
        ImmutableArray<ArticleRecord> articles,
        ImmutableArray<SentenceRecord> sentences)
    {
        Entities = entities;
        Relations = relations;
        Articles = articles;
        Sentences = sentences;
        _entitiesById = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (!_entitiesById.ContainsKey(r.SubjectId) || !_entitiesById.ContainsKey(r.ObjectId))
                throw new ArgumentException($"Relation {r.Key} refers to an unknown entity.", nameof(relations));
        }
    }

    public static KnowledgeGraph Empty { get; } = new([], [], [], []);

    public ImmutableArray<GraphEntity> Entities { get; }
    public ImmutableArray<GraphRelation> Relations { get; }
    public ImmutableArray<ArticleRecord> Articles { get; }
    public ImmutableArray<SentenceRecord> Sentences { get; }

    public GraphEntity Entity(string id) => _entitiesById[id];

    public bool TryGetEntity(string id, out GraphEntity entity) => _entitiesById.TryGetValue(id, out entity!);

    public int EntityCount(EntityType type) => Entities.Count(e => e.Type == type);
}
