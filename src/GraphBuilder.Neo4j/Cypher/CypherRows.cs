using System.Globalization;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>The row shapes the statements in <see cref="WriteStatements"/> read.</summary>
public static class CypherRows
{
    public static CypherRow Entity(Neo4jEntity e) => new(
        ("id", e.Id),
        ("name", e.Name),
        ("aliases", e.Aliases),
        ("nameLanguage", e.NameLanguage),
        ("wikidata", e.Wikidata));

    public static CypherRow Article(Neo4jArticle a) => new(
        ("id", a.Id),
        ("title", a.Title),
        ("url", a.Url),
        ("published", Date(a.Published)),
        ("source", a.Source),
        ("language", a.Language),
        ("sentenceCount", (long)a.SentenceCount));

    public static CypherRow Sentence(Neo4jSentence s) => new(
        ("id", s.Id),
        ("articleId", s.ArticleId),
        ("index", (long)s.Index),
        ("text", s.Text));

    public static IEnumerable<CypherRow> Mentions(Neo4jSentence s) =>
        s.EntityIds.Select(entity => new CypherRow(("sentence", s.Id), ("entity", entity)));

    /// <summary>
    /// A relation with (a slice of) its evidence: the loader merges each evidence node and adds to the
    /// relationship's aggregates only what it newly created, so slices and repeated loads compose.
    /// </summary>
    public static CypherRow Relation(Neo4jRelation r, IEnumerable<CypherRow> evidence) => new(
        ("subject", r.SubjectId),
        ("object", r.ObjectId),
        (WriteBatch.NestedField, evidence));

    public static CypherRow Evidence(Neo4jEvidence e) => new(
        ("id", e.Id),
        ("sentence", e.SentenceId),
        ("confidence", e.Confidence),
        ("rule", e.Rule),
        ("date", Date(e.Date)),
        ("attribution", e.Attribution),
        ("start", (long)e.Start),
        ("end", (long)e.End));

    /// <summary>ISO 8601 date text, which the statements turn into a Neo4j DATE with <c>date()</c>.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

}
