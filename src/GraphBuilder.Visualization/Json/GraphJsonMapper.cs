using System.Collections.Immutable;
using System.Globalization;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Visualization.Json;

/// <summary>Maps a <see cref="KnowledgeGraph"/> to its <c>graph.json</c> document and back, validating on the way in.</summary>
public static class GraphJsonMapper
{
    private const string DateFormat = "yyyy-MM-dd";

    public static GraphJsonDocument ToDocument(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var texts = SentenceTexts(graph);
        // The text is repeated only when it is not exactly the referenced sentence's (never, for a graph ingest built).
        string? TextUnlessShared(Evidence e) => texts.GetValueOrDefault((e.ArticleId, e.SentenceIndex)) == e.SentenceText ? null : e.SentenceText;
        return new GraphJsonDocument(
            GraphJsonDocument.FormatName,
            GraphJsonDocument.CurrentVersion,
            [.. graph.Entities.Select(ToJson)],
            [.. graph.Relations.Select(r => ToJson(r, r.Evidence, TextUnlessShared))],
            [.. graph.Articles.Select(ToJson)],
            [.. graph.Sentences.Select(s => new GraphJsonSentence(s.ArticleId, s.Index, s.Text, s.EntityIds))]);
    }

    /// <summary>Rebuilds the graph. Throws <see cref="InvalidDataException"/> naming the first bad value.</summary>
    public static KnowledgeGraph ToGraph(GraphJsonDocument document, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Format != GraphJsonDocument.FormatName)
            throw new InvalidDataException($"\"format\" is \"{document.Format}\", expected \"{GraphJsonDocument.FormatName}\".");
        if (document.Version is < GraphJsonDocument.OldestVersion or > GraphJsonDocument.CurrentVersion)
            throw new InvalidDataException($"\"version\" is {document.Version}; this GraphBuilder reads versions {GraphJsonDocument.OldestVersion} to {GraphJsonDocument.CurrentVersion}.");
        var entities = Required(document.Entities, "entities").Select(ToEntity).ToImmutableArray();
        var articles = Required(document.Articles, "articles").Select(ToArticle).ToImmutableArray();
        var sentences = Required(document.Sentences, "sentences")
            .Select(s => new SentenceRecord(Required(s.Article, "sentence article"), s.Index, Required(s.Text, "sentence text")) { EntityIds = Strings(s.Entities) })
            .ToImmutableArray();
        var texts = new Dictionary<(string, int), string>();
        foreach (var s in sentences) texts.TryAdd((s.ArticleId, s.Index), s.Text);
        var relations = Required(document.Relations, "relations").Select(r => ToRelation(r, predicates, texts)).ToImmutableArray();
        try
        {
            return new KnowledgeGraph(entities, relations, articles, sentences);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    internal static GraphJsonEntity ToJson(GraphEntity e) => new(e.Id, e.Type.ToString(), e.Name, e.NameLanguage, e.Aliases, e.Wikidata, e.ArticleCount)
    {
        Labels = ToJson(e.PreferredNames),
        Names = ToJson(e.Names),
    };

    internal static GraphJsonArticle ToJson(ArticleRecord a) =>
        new(a.Id, a.Title, a.SourcePath, a.Url, Format(a.Published), a.Language, a.SentenceCount, a.ContentHash);

    /// <summary>Each sentence's text by (article, index).</summary>
    internal static Dictionary<(string, int), string> SentenceTexts(KnowledgeGraph graph)
    {
        var texts = new Dictionary<(string, int), string>();
        foreach (var s in graph.Sentences) texts.TryAdd((s.ArticleId, s.Index), s.Text);
        return texts;
    }

    /// <summary>A relation with the given evidence (all of it, or the page's bounded share); <paramref name="text"/> gives each one's text or null.</summary>
    internal static GraphJsonRelation ToJson(GraphRelation r, IEnumerable<Evidence> evidence, Func<Evidence, string?> text) => new(
        r.SubjectId, r.Predicate.LocalName, r.ObjectId, r.Predicate.IsSymmetric, Rounded(r.Confidence), r.EvidenceCount,
        Format(r.FirstDate), Format(r.LastDate), r.ArticleIds, r.Attributions,
        [.. evidence.Select(e => new GraphJsonEvidence(
            e.ArticleId, e.SentenceIndex, text(e), e.Span.Start, e.Span.End, e.Rule, e.Confidence, e.Attribution, Format(e.Date)))]);

    private static GraphEntity ToEntity(GraphJsonEntity e)
    {
        var id = Required(e.Id, "entity id");
        if (!Enum.TryParse<EntityType>(e.Class, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            throw new InvalidDataException($"Entity \"{id}\" has unknown class \"{e.Class}\" (expected one of {string.Join(", ", Enum.GetNames<EntityType>())}).");
        return new GraphEntity(id, type, Required(e.Name, $"name of entity \"{id}\""))
        {
            NameLanguage = e.NameLanguage,
            Aliases = Strings(e.Aliases),
            Names = FromJson(e.Names, id),
            PreferredNames = FromJson(e.Labels, id),
            Wikidata = e.Wikidata,
            ArticleCount = e.ArticleCount,
        };
    }

    private static IReadOnlyList<GraphJsonName>? ToJson(ImmutableArray<EntityName> names) =>
        names.IsDefaultOrEmpty ? null : [.. names.Select(n => new GraphJsonName(n.Text, n.Language))];

    private static ImmutableArray<EntityName> FromJson(IReadOnlyList<GraphJsonName>? names, string id) =>
        names is null ? [] : [.. names.Select(n => new EntityName(Required(n.Text, $"a name of entity \"{id}\""), n.Language))];

    private static GraphRelation ToRelation(GraphJsonRelation r, PredicateInventory predicates, Dictionary<(string, int), string> texts)
    {
        if (!predicates.TryGet(r.Predicate ?? "", out var predicate))
            throw new InvalidDataException($"Relation {r.Subject} -> {r.Object} has unknown predicate \"{r.Predicate}\".");
        var evidence = (r.Evidence ?? []).Select(e => new Evidence(
            Required(e.Article, "evidence article"), e.Sentence, e.Text ?? SentenceText(texts, e), Span(e), Required(e.Rule, "evidence rule"), Confidence(e.Confidence, $"evidence confidence in article {e.Article} sentence {e.Sentence}"))
        {
            Attribution = e.Attribution,
            Date = ParseDate(e.Date),
        });
        return new GraphRelation(Required(r.Subject, "relation subject"), predicate, Required(r.Object, "relation object"))
        {
            Evidence = [.. evidence],
            ArticleIds = Strings(r.ArticleIds),
            Confidence = Confidence(r.Confidence, $"confidence of relation {r.Subject} -> {r.Object}"),
            FirstDate = ParseDate(r.FirstDate),
            LastDate = ParseDate(r.LastDate),
            Attributions = Strings(r.Attributions),
        };
    }

    private static ArticleRecord ToArticle(GraphJsonArticle a) =>
        new(Required(a.Id, "article id"), Required(a.Title, "article title"), Required(a.SourcePath, "article sourcePath"))
        {
            Url = a.Url,
            Published = ParseDate(a.Published),
            Language = a.Language ?? "und",
            SentenceCount = a.SentenceCount,
            ContentHash = a.ContentHash ?? "",
        };

    /// <summary>graph.json (and so graph.html) carries relation confidences rounded to 4 digits, half to even.</summary>
    private static double Rounded(double confidence) => Math.Round(confidence, 4);

    private static double Confidence(double value, string what) =>
        ConfidenceScore.IsValid(value) ? value : throw new InvalidDataException($"The {what} is {value}, not a number in [0, 1].");

    private static string SentenceText(Dictionary<(string, int), string> texts, GraphJsonEvidence e) =>
        texts.TryGetValue((Required(e.Article, "evidence article"), e.Sentence), out var text)
            ? text
            : throw new InvalidDataException($"Evidence in article {e.Article} refers to sentence {e.Sentence}, which is not in \"sentences\".");

    private static TextSpan Span(GraphJsonEvidence e)
    {
        if (e.Start < 0 || e.End < e.Start)
            throw new InvalidDataException($"Evidence in article {e.Article} sentence {e.Sentence} has an impossible span [{e.Start},{e.End}).");
        return new TextSpan(e.Start, e.End);
    }

    private static string? Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"\"{text}\" is not a date of the form {DateFormat}.");
    }

    private static ImmutableArray<string> Strings(IReadOnlyList<string>? values) => values is null ? [] : [.. values];

    private static T Required<T>(T? value, string what) where T : class =>
        value ?? throw new InvalidDataException($"Missing {what}.");
}
