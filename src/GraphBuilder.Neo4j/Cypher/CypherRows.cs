using System.Globalization;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>The row shapes the statements in <see cref="WriteStatements"/> read.</summary>
public static class CypherRows
{
    /// <summary>An entity with <c>name_xx</c> (null when it has no name in xx) and <c>names_xx</c> for each of <paramref name="languages"/>.</summary>
    public static CypherRow Entity(Neo4jEntity e, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(languages);
        var fields = new List<(string, object?)>(5 + 2 * languages.Count)
        {
            ("id", e.Id), ("name", e.Name), ("aliases", e.Aliases), ("nameLanguage", e.NameLanguage), ("wikidata", e.Wikidata),
        };
        foreach (var language in languages)
        {
            var names = e.LanguageNames.FirstOrDefault(n => n.Language == language);
            fields.Add((CypherIdentifier.NameProperty(language), names?.Preferred));
            fields.Add((CypherIdentifier.NamesProperty(language), names?.Names ?? []));
        }
        return new CypherRow([.. fields]);
    }

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
