using System.Globalization;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Rdf.Terms;
using V = GraphBuilder.Rdf.Terms.Vocabulary;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>Provenance: the article's named graph and metadata, its sentences, and one rdf:Statement per piece of evidence.</summary>
public sealed partial class KnowledgeGraphMapper
{
    private void WriteArticle(ArticleRecord article, Emitter emit)
    {
        var graph = _iris.ArticleGraph(article.Id);
        var node = _iris.Article(article.Id);
        emit.Emit(graph, V.RdfType, V.ProvBundle);
        emit.Emit(graph, V.ProvWasDerivedFrom, node);

        emit.Emit(node, V.RdfType, V.ProvEntity);
        emit.Emit(node, V.DcIdentifier, Literal.String(article.Id));
        if (article.ContentHash.Length > 0) emit.Emit(node, V.DcIdentifier, Literal.String("sha256:" + article.ContentHash));
        emit.Emit(node, V.DcTitle, Literal.Text(article.Title, article.Language));
        if (LanguageTag.IsWellFormed(article.Language) && article.Language != "und")
            emit.Emit(node, V.DcLanguage, Literal.String(article.Language));
        if (article.Published is { } published) emit.Emit(node, V.DcIssued, Date(published));
        emit.Emit(node, V.DcSource, Literal.String(article.SourcePath));
        if (WebUrl.TryCreateIri(article.Url, out var url)) emit.Emit(node, V.ProvHadPrimarySource, url);
        else if (!string.IsNullOrWhiteSpace(article.Url)) emit.Emit(node, V.DcBibliographicCitation, Literal.String(article.Url));
    }

    private void WriteEvidence(
        ArticleRecord article,
        List<(GraphRelation Relation, Evidence Evidence)> evidence,
        Dictionary<string, SentenceRecord> sentences,
        Emitter emit)
    {
        var articleNode = _iris.Article(article.Id);
        var written = new HashSet<int>();
        foreach (var (relation, e) in evidence)
        {
            var sentence = _iris.Sentence(e.ArticleId, e.SentenceIndex);
            if (written.Add(e.SentenceIndex))
            {
                var text = sentences.TryGetValue(SentenceRecord.IdFor(e.ArticleId, e.SentenceIndex), out var record) ? record.Text : e.SentenceText;
                emit.Emit(sentence, V.RdfType, V.ProvEntity);
                emit.Emit(sentence, V.DcIsPartOf, articleNode);
                emit.Emit(sentence, V.GbpSentenceIndex, Integer(e.SentenceIndex));
                emit.Emit(sentence, V.RdfValue, Literal.Text(text, article.Language));
            }
            var node = _iris.Assertion(relation, e);
            emit.Emit(node, V.RdfType, V.RdfStatement);
            emit.Emit(node, V.RdfSubject, _iris.Entity(relation.SubjectId));
            emit.Emit(node, V.RdfPredicate, RdfIris.Property(relation.Predicate));
            emit.Emit(node, V.RdfObject, _iris.Entity(relation.ObjectId));
            emit.Emit(node, V.ProvWasDerivedFrom, sentence);
            emit.Emit(node, V.GbpSpanStart, Integer(e.Span.Start));
            emit.Emit(node, V.GbpSpanEnd, Integer(e.Span.End));
            emit.Emit(node, V.GbpRule, Literal.String(e.Rule));
            emit.Emit(node, V.GbpConfidence, Decimal(e.Confidence));
            if (e.Attribution is not null) emit.Emit(node, V.GbpAttribution, Literal.Text(e.Attribution, article.Language));
            if (e.Date is { } date) emit.Emit(node, V.DcDate, Date(date));
        }
    }

    private static Literal Date(DateOnly date) =>
        Literal.Typed(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), V.XsdDate);

    private static Literal Integer(int value) =>
        Literal.Typed(value.ToString(CultureInfo.InvariantCulture), V.XsdInteger);

    private static Literal Decimal(double value) =>
        Literal.Typed(Math.Round(Math.Clamp(value, 0.0, 1.0), 4).ToString("0.0###", CultureInfo.InvariantCulture), V.XsdDecimal);
}
