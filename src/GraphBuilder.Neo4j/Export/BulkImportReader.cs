using System.Collections.Immutable;
using System.Globalization;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>
/// Reads the bulk-import CSVs of <see cref="BulkImportLayout"/> back into a <see cref="Neo4jGraph"/>,
/// so <c>graphbuilder load neo4j --from out</c> loads exactly what <c>neo4j-admin</c> would import.
/// Every problem is reported as <see cref="InvalidDataException"/> naming the file and line.
/// </summary>
public static partial class BulkImportReader
{
    private static readonly Dictionary<string, EntityType> ClassesByLabel =
        Enum.GetValues<EntityType>().ToDictionary(CypherIdentifier.Label, StringComparer.Ordinal);

    /// <summary>
    /// Reads from <paramref name="directory"/>: either the output directory or its <c>neo4j-import</c> folder.
    /// Relationship types are those of <paramref name="predicates"/>.
    /// </summary>
    public static Neo4jGraph Read(string directory, PredicateInventory predicates)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(predicates);
        var root = File.Exists(Path.Combine(directory, BulkImportLayout.Entities)) ? directory : Path.Combine(directory, BulkImportLayout.Directory);
        if (!File.Exists(Path.Combine(root, BulkImportLayout.Entities)))
            throw new FileNotFoundException(
                $"No Neo4j import files in {Path.GetFullPath(directory)} (expected {BulkImportLayout.Directory}/{BulkImportLayout.Entities}). " +
                "Write them with: graphbuilder ingest <inputs> --out <dir> (format neo4j-csv).");
        var mentions = ReadFile(root, BulkImportLayout.Mentions, BulkImportLayout.MentionHeader, r => (Sentence: Text(r, 0), Entity: Text(r, 1)))
            .GroupBy(m => m.Sentence, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Entity).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        return new Neo4jGraph(
            Entities(root),
            [.. ReadFile(root, BulkImportLayout.Articles, BulkImportLayout.ArticleHeader, Article)],
            [.. ReadFile(root, BulkImportLayout.Sentences, BulkImportLayout.SentenceHeader, r => Sentence(r, mentions))],
            Relations(root, predicates));
    }

    /// <summary>Entities, with the name columns of the languages the header names (checked tags only).</summary>
    private static ImmutableArray<Neo4jEntity> Entities(string root)
    {
        var path = Path.Combine(root, BulkImportLayout.Entities);
        IReadOnlyList<string> header;
        using (var stream = File.OpenText(path)) header = new CsvRecordReader(stream, path).Next()?.Select(f => f.Text).ToList() ?? [];
        var languages = BulkImportLayout.EntityLanguages(header) ?? throw new InvalidDataException(
            $"{path}:1: header must be {string.Join(",", BulkImportLayout.EntityBaseHeader)} followed by name_xx,names_xx:string[] " +
            "per language (xx: 2 or 3 lower-case letters, in order).");
        return [.. ReadFile(root, BulkImportLayout.Entities, BulkImportLayout.EntityHeader(languages), r => Entity(r, languages))];
    }

    private static Neo4jEntity Entity(IReadOnlyList<CsvField> r, ImmutableArray<string> languages)
    {
        var labels = Strings(r[1]);
        if (labels.Length != 2 || labels[0] != CypherIdentifier.EntityLabel || !ClassesByLabel.TryGetValue(labels[1], out var type))
            throw new FormatException($"labels must be Entity and one of {string.Join(", ", ClassesByLabel.Keys)}");
        var names = languages.Select((language, i) => new Neo4jLanguageNames(language, r[6 + 2 * i].Value, Strings(r[7 + 2 * i])))
            .Where(n => n.Preferred is not null || n.Names.Length > 0);
        return new Neo4jEntity(Text(r, 0), type, Text(r, 2))
        {
            Aliases = Strings(r[3]), NameLanguage = r[4].Value, Wikidata = r[5].Value, LanguageNames = [.. names],
        };
    }

    private static Neo4jArticle Article(IReadOnlyList<CsvField> r) => new(Text(r, 0), Text(r, 2), Text(r, 5))
    {
        Url = r[3].Value,
        Published = Date(r[4]),
        Language = r[6].Value,
        SentenceCount = (int)Long(r[7]),
    };

    private static Neo4jSentence Sentence(IReadOnlyList<CsvField> r, Dictionary<string, ImmutableArray<string>> mentions) =>
        new(Text(r, 0), Text(r, 2), (int)Long(r[3]), Text(r, 4)) { EntityIds = mentions.GetValueOrDefault(Text(r, 0), []) };

    private static List<T> ReadFile<T>(string root, string file, ImmutableArray<string> header, Func<IReadOnlyList<CsvField>, T> map) =>
        ReadFile(root, file, header, (r, _) => map(r));

    private static List<T> ReadFile<T>(string root, string file, ImmutableArray<string> header, Func<IReadOnlyList<CsvField>, int, T> map)
    {
        var path = Path.Combine(root, file);
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: file missing.");
        using var stream = File.OpenText(path);
        var csv = new CsvRecordReader(stream, path);
        var first = csv.Next();
        if (first is null || !first.Select(f => f.Text).SequenceEqual(header))
            throw new InvalidDataException($"{path}:1: header must be {string.Join(",", header)}.");
        var items = new List<T>();
        while (csv.Next() is { } record)
        {
            if (record.Count != header.Length)
                throw new InvalidDataException($"{path}:{csv.RecordLine}: {record.Count} fields, expected {header.Length}.");
            try { items.Add(map(record, csv.RecordLine)); }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                throw new InvalidDataException($"{path}:{csv.RecordLine}: {e.Message}.", e);
            }
        }
        return items;
    }

    private static string Text(IReadOnlyList<CsvField> r, int i) =>
        r[i].Value ?? throw new FormatException($"field {i + 1} is missing");

    private static ImmutableArray<string> Strings(CsvField f) =>
        f.Value is null ? [] : [.. f.Text.Split(BulkImportLayout.ArrayDelimiter)];

    private static double Confidence(CsvField f) =>
        double.Parse(f.Text, NumberStyles.Float, CultureInfo.InvariantCulture) is var c && ConfidenceScore.IsValid(c)
            ? c : throw new FormatException($"confidence {f.Text} is not a number in [0, 1]");

    private static long Long(CsvField f) => long.Parse(f.Text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static DateOnly? Date(CsvField f) =>
        f.Value is null ? null : DateOnly.ParseExact(f.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
