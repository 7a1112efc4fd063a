using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Export;

/// <summary>
/// File names and headers of the bulk-import CSVs for <c>neo4j-admin database import full</c>.
/// Shared by the writer and the reader so both always agree.
/// </summary>
public static class BulkImportLayout
{
    public const string Directory = "neo4j-import";

    /// <summary>
    /// Separator of array elements and of labels (pass <c>--array-delimiter=U+001F</c>). The ASCII
    /// unit separator never occurs in article text; if it does, it is replaced by U+FFFD inside elements.
    /// </summary>
    public const char ArrayDelimiter = Model.Neo4jText.ArrayDelimiter;

    public const string ArrayDelimiterOption = "U+001F";

    public const string Entities = "entities.csv";
    public const string Articles = "articles.csv";
    public const string Sentences = "sentences.csv";
    public const string Relations = "relations.csv";
    public const string ArticleSentences = "article-sentences.csv";
    public const string Mentions = "mentions.csv";
    public const string Evidence = "evidence.csv";
    public const string EvidenceSentences = "evidence-sentences.csv";
    public const string EvidenceEntities = "evidence-entities.csv";
    public const string Schema = "schema.cypher";

    /// <summary>The fixed columns of <c>entities.csv</c>; <see cref="EntityHeader"/> appends the per-language name columns.</summary>
    public static readonly ImmutableArray<string> EntityBaseHeader =
        ["id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "nameLanguage", "wikidata"];

    /// <summary>The header of <c>entities.csv</c>: the fixed columns, then <c>name_xx</c>, <c>names_xx:string[]</c> per language.</summary>
    public static ImmutableArray<string> EntityHeader(IEnumerable<string> languages) =>
    [
        .. EntityBaseHeader,
        .. languages.SelectMany(l => new[] { Cypher.CypherIdentifier.NameProperty(l), Cypher.CypherIdentifier.NamesProperty(l) + ":string[]" }),
    ];

    /// <summary>
    /// The languages of an <c>entities.csv</c> header, or null when it is not <see cref="EntityHeader"/> of checked,
    /// ordinal-sorted, distinct language tags (so no column can smuggle a property key past the check).
    /// </summary>
    public static ImmutableArray<string>? EntityLanguages(IReadOnlyList<string> header)
    {
        if (header.Count < EntityBaseHeader.Length || (header.Count - EntityBaseHeader.Length) % 2 != 0
            || !header.Take(EntityBaseHeader.Length).SequenceEqual(EntityBaseHeader)) return null;
        var languages = new List<string>();
        for (var i = EntityBaseHeader.Length; i < header.Count; i += 2)
        {
            var language = header[i].StartsWith("name_", StringComparison.Ordinal) ? header[i]["name_".Length..] : "";
            if (!Cypher.CypherIdentifier.IsLanguage(language) || (languages.Count > 0 && string.CompareOrdinal(languages[^1], language) >= 0)) return null;
            languages.Add(language);
        }
        var result = languages.ToImmutableArray();
        return EntityHeader(result).SequenceEqual(header) ? result : null;
    }

    public static readonly ImmutableArray<string> ArticleHeader =
        ["id:ID(Article)", ":LABEL", "title", "url", "published:date", "source", "language", "sentenceCount:int"];

    public static readonly ImmutableArray<string> SentenceHeader =
        ["id:ID(Sentence)", ":LABEL", "articleId", "index:int", "text"];

    public static readonly ImmutableArray<string> RelationHeader =
        [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "evidenceCount:int", "confidence:double", "disbelief:double", "firstDate:date", "lastDate:date"];

    public static readonly ImmutableArray<string> EvidenceHeader =
        ["id:ID(Evidence)", ":LABEL", "type", "confidence:double", "rule", "date:date", "attribution", "start:int", "end:int"];

    /// <summary>(:Evidence)-[:FROM_SENTENCE]->(:Sentence).</summary>
    public static readonly ImmutableArray<string> EvidenceSentenceHeader = [":START_ID(Evidence)", ":END_ID(Sentence)", ":TYPE"];

    /// <summary>(:Evidence)-[:SUBJECT|OBJECT]->(:Entity).</summary>
    public static readonly ImmutableArray<string> EvidenceEntityHeader = [":START_ID(Evidence)", ":END_ID(Entity)", ":TYPE"];

    public static readonly ImmutableArray<string> ArticleSentenceHeader = [":START_ID(Article)", ":END_ID(Sentence)", ":TYPE"];

    public static readonly ImmutableArray<string> MentionHeader = [":START_ID(Sentence)", ":END_ID(Entity)", ":TYPE"];

    /// <summary>Every file, relative to the output directory, in the order they are written.</summary>
    public static readonly ImmutableArray<string> Files =
        [.. new[] { Entities, Articles, Sentences, Evidence, Relations, ArticleSentences, Mentions, EvidenceSentences, EvidenceEntities, Schema }
            .Select(f => Directory + "/" + f)];

    /// <summary>The import command for a database named <paramref name="database"/>, with files under <paramref name="importRoot"/>.</summary>
    public static string ImportCommand(string database, string importRoot) =>
        $"neo4j-admin database import full {database} --overwrite-destination --multiline-fields=true " +
        $"--array-delimiter={ArrayDelimiterOption} " +
        $"--nodes={importRoot}/{Entities} --nodes={importRoot}/{Articles} --nodes={importRoot}/{Sentences} --nodes={importRoot}/{Evidence} " +
        $"--relationships={importRoot}/{Relations} --relationships={importRoot}/{ArticleSentences} --relationships={importRoot}/{Mentions} " +
        $"--relationships={importRoot}/{EvidenceSentences} --relationships={importRoot}/{EvidenceEntities}";
}
