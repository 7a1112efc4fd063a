using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Evaluation.News;

/// <summary>One gold entity of a news-dev article: its class, the names it appears under, and a QID where certain.</summary>
public sealed record NewsGoldEntity(string Key, string Type, IReadOnlyList<string> Names, string? Qid);

/// <summary>
/// The gold annotation of one article in the news-dev JSON format: entities by key, required triples
/// and optional ones (neither required nor penalised). Triples use entity keys; symmetric predicates are
/// stored with subject &lt;= object.
/// </summary>
public sealed record NewsGold(string Article, IReadOnlyDictionary<string, NewsGoldEntity> Entities,
    IReadOnlySet<Triple> Required, IReadOnlySet<Triple> Optional);
