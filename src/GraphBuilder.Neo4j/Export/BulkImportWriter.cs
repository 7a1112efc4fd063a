using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>Writes the bulk-import CSVs of <see cref="BulkImportLayout"/> for one graph.</summary>
public static class BulkImportWriter
{
    private const int FlushEvery = 512;

    public static void WriteEntities(Neo4jGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var languages = graph.NameLanguages;
        Write(writer, BulkImportLayout.EntityHeader(languages), graph.Entities, (csv, e) =>
        {
            csv.String(e.Id).String(CypherIdentifier.EntityLabel + BulkImportLayout.ArrayDelimiter + CypherIdentifier.Label(e.Type))
                .String(e.Name).Strings(e.Aliases).String(e.NameLanguage).String(e.Wikidata);
            foreach (var language in languages)
            {
                var names = e.LanguageNames.FirstOrDefault(n => n.Language == language);
                csv.String(names?.Preferred).Strings(names?.Names ?? []);
            }
        });
    }

    public static void WriteArticles(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.ArticleHeader, graph.Articles, (csv, a) => csv
            .String(a.Id).String(CypherIdentifier.ArticleLabel).String(a.Title).String(a.Url).Date(a.Published)
            .String(a.Source).String(a.Language).Number(a.SentenceCount));

    public static void WriteSentences(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.SentenceHeader, graph.Sentences, (csv, s) => csv
            .String(s.Id).String(CypherIdentifier.SentenceLabel).String(s.ArticleId).Number(s.Index).String(s.Text));

    public static void WriteRelations(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.RelationHeader, graph.Relations, (csv, r) => csv
            .String(r.SubjectId).String(r.ObjectId).String(CypherIdentifier.RelationshipType(r.Predicate))
            .Number(r.EvidenceCount).Number(r.Confidence).Number(r.Disbelief).Date(r.FirstDate).Date(r.LastDate));

    public static void WriteEvidence(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.EvidenceHeader, graph.Relations.SelectMany(r => r.Evidence.Select(e => (r, e))), (csv, x) => csv
            .String(x.e.Id).String(CypherIdentifier.EvidenceLabel).String(CypherIdentifier.RelationshipType(x.r.Predicate))
            .Number(x.e.Confidence).String(x.e.Rule).Date(x.e.Date).String(x.e.Attribution).Number(x.e.Start).Number(x.e.End));

    public static void WriteEvidenceSentences(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.EvidenceSentenceHeader, graph.Relations.SelectMany(r => r.Evidence), (csv, e) => csv
            .String(e.Id).String(e.SentenceId).String(CypherIdentifier.FromSentence));

    public static void WriteEvidenceEntities(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.EvidenceEntityHeader,
            graph.Relations.SelectMany(r => r.Evidence.SelectMany(e => new[] { (e.Id, r.SubjectId, CypherIdentifier.Subject), (e.Id, r.ObjectId, CypherIdentifier.Object) })),
            (csv, link) => csv.String(link.Item1).String(link.Item2).String(link.Item3));

    public static void WriteArticleSentences(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.ArticleSentenceHeader, graph.Sentences, (csv, s) => csv
            .String(s.ArticleId).String(s.Id).String(CypherIdentifier.HasSentence));

    public static void WriteMentions(Neo4jGraph graph, TextWriter writer) =>
        Write(writer, BulkImportLayout.MentionHeader, graph.Sentences.SelectMany(s => s.EntityIds.Select(e => (Sentence: s.Id, Entity: e))),
            (csv, m) => csv.String(m.Sentence).String(m.Entity).String(CypherIdentifier.Mentions));

    public static void WriteSchema(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("// Run after neo4j-admin database import: cypher-shell -f schema.cypher\n");
        foreach (var statement in SchemaStatements.All) writer.Write(statement + ";\n");
    }

    private static void Write<T>(TextWriter writer, IEnumerable<string> header, IEnumerable<T> items, Action<CsvText, T> line)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new CsvText().Header(header);
        var pending = 0;
        foreach (var item in items)
        {
            line(csv, item);
            csv.EndLine();
            if (++pending == FlushEvery)
            {
                csv.FlushTo(writer);
                pending = 0;
            }
        }
        csv.FlushTo(writer);
    }
}
