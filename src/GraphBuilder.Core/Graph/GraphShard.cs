using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// The entities, relations and evidence sentences of the documents one worker added. Not thread-safe:
/// each worker owns one at a time, so adding a document takes no lock. <see cref="GraphAccumulator"/>
/// merges its shards when a snapshot is taken; every merge step is commutative, so the result does not
/// depend on which worker processed which document.
/// </summary>
internal sealed class GraphShard
{
    public Dictionary<string, EntityState> Entities { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string S, Predicate P, string O), RelationState> Relations { get; } = new();
    public Dictionary<string, SentenceRecord> Sentences { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the content of an article whose id the caller has already claimed.</summary>
    public void Add(ArticleContribution contribution)
    {
        foreach (var entity in contribution.Entities)
        {
            if (!Entities.TryGetValue(entity.Id, out var state))
            {
                state = new EntityState(entity.Id, entity.Type);
                Entities.Add(entity.Id, state);
            }
            state.Merge(entity);
        }
        foreach (var relation in contribution.Relations) AddRelation(relation, contribution.Article.Id);
        foreach (var sentence in contribution.Sentences) Sentences.TryAdd(sentence.Id, sentence);
    }

    /// <summary>Adds everything of <paramref name="other"/> to this shard; <paramref name="other"/> is left unchanged.</summary>
    public void MergeFrom(GraphShard other)
    {
        foreach (var (id, state) in other.Entities)
        {
            if (!Entities.TryGetValue(id, out var mine)) Entities.Add(id, mine = new EntityState(id, state.Type));
            mine.MergeFrom(state);
        }
        foreach (var (key, state) in other.Relations)
        {
            if (!Relations.TryGetValue(key, out var mine)) Relations.Add(key, mine = new RelationState());
            mine.MergeFrom(state);
        }
        // Sentence ids start with the article id, and each article is added to exactly one shard.
        foreach (var (id, sentence) in other.Sentences) Sentences.TryAdd(id, sentence);
    }

    private void AddRelation(RelationAssertion relation, string articleId)
    {
        var (s, o) = (relation.SubjectId, relation.ObjectId);
        if (relation.Predicate.IsSymmetric && string.CompareOrdinal(s, o) > 0) (s, o) = (o, s);
        if (!Entities.ContainsKey(s) || !Entities.ContainsKey(o))
            throw new InvalidOperationException(
                $"Relation {relation.Predicate.LocalName} in article {articleId} refers to an entity the document does not declare.");
        var key = (s, relation.Predicate, o);
        if (!Relations.TryGetValue(key, out var state))
        {
            state = new RelationState();
            Relations.Add(key, state);
        }
        state.Add(relation.Evidence);
    }
}
