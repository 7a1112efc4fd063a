using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// Merges processed documents into one graph: entities by stable id, relations by
/// (subject, predicate, object) with evidence counted, never duplicated. Thread-safe, and
/// order-independent: the snapshot is the same whatever order documents arrive in.
/// Only sentences that carry evidence are kept, so memory grows with the graph, not the corpus.
/// </summary>
public sealed class GraphAccumulator
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EntityState> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string S, Predicate P, string O), RelationState> _relations = new();
    private readonly Dictionary<string, ArticleRecord> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SentenceRecord> _sentences = new(StringComparer.Ordinal);

    public int ArticleCount { get { lock (_gate) return _articles.Count; } }

    /// <summary>True if an article with this id was already added (duplicate content).</summary>
    public bool Contains(string articleId)
    {
        lock (_gate) return _articles.ContainsKey(articleId);
    }

    /// <summary>
    /// Adds a processed document. Returns false (and adds nothing) if its article id was seen before,
    /// i.e. the same content arrived from another file; the article then keeps the ordinal-smallest
    /// source path, so the result does not depend on arrival order.
    /// </summary>
    public bool Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = document.Article;
        var record = new ArticleRecord(article.Id, article.Title, article.SourcePath)
        {
            Url = article.Url,
            Published = document.Date,
            Language = document.Language,
            SentenceCount = document.Sentences.Length,
            ContentHash = ContentHash.Of(article.Text),
        };
        var mentionsBySentence = document.Mentions
            .Where(m => m.EntityId is not null)
            .GroupBy(m => m.SentenceIndex)
            .ToDictionary(g => g.Key, g => g.Select(m => m.EntityId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray());

        lock (_gate)
        {
            if (_articles.TryGetValue(article.Id, out var existing))
            {
                if (string.CompareOrdinal(record.SourcePath, existing.SourcePath) < 0)
                    _articles[article.Id] = existing with { SourcePath = record.SourcePath };
                return false;
            }
            _articles.Add(article.Id, record);
            foreach (var entity in document.Entities)
            {
                if (!_entities.TryGetValue(entity.Id, out var state))
                {
                    state = new EntityState(entity.Id, entity.Type);
                    _entities.Add(entity.Id, state);
                }
                state.Merge(entity);
            }
            foreach (var relation in document.Relations)
            {
                AddRelation(relation, document, mentionsBySentence);
            }
        }
        return true;
    }

    private void AddRelation(RelationAssertion relation, Document document, Dictionary<int, ImmutableArray<string>> mentionsBySentence)
    {
        var (s, o) = (relation.SubjectId, relation.ObjectId);
        if (relation.Predicate.IsSymmetric() && string.CompareOrdinal(s, o) > 0) (s, o) = (o, s);
        if (!_entities.ContainsKey(s) || !_entities.ContainsKey(o))
            throw new InvalidOperationException(
                $"Relation {relation.Predicate.LocalName()} in article {document.Article.Id} refers to an entity the document does not declare.");
        var key = (s, relation.Predicate, o);
        if (!_relations.TryGetValue(key, out var state))
        {
            state = new RelationState();
            _relations.Add(key, state);
        }
        state.Add(relation.Evidence);

        var evidence = relation.Evidence;
        var sentenceId = SentenceRecord.IdFor(evidence.ArticleId, evidence.SentenceIndex);
        if (!_sentences.ContainsKey(sentenceId))
        {
            mentionsBySentence.TryGetValue(evidence.SentenceIndex, out var ids);
            _sentences.Add(sentenceId, new SentenceRecord(evidence.ArticleId, evidence.SentenceIndex, evidence.SentenceText)
            {
                EntityIds = ids.IsDefault ? [] : ids,
            });
        }
    }

    /// <summary>An immutable, ordinally sorted snapshot of everything added so far.</summary>
    public KnowledgeGraph Snapshot()
    {
        lock (_gate)
        {
            var entities = _entities.Values.Select(e => e.ToEntity()).OrderBy(e => e.Id, StringComparer.Ordinal).ToImmutableArray();
            var relations = _relations
                .Select(kv => kv.Value.ToRelation(kv.Key.S, kv.Key.P, kv.Key.O))
                .OrderBy(r => r.SubjectId, StringComparer.Ordinal)
                .ThenBy(r => r.Predicate)
                .ThenBy(r => r.ObjectId, StringComparer.Ordinal)
                .ToImmutableArray();
            var articles = _articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
            var sentences = _sentences.Values
                .OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Index)
                .ToImmutableArray();
            return new KnowledgeGraph(entities, relations, articles, sentences);
        }
    }
}
