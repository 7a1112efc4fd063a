using System.Text.RegularExpressions;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// Labels and relationship types that may appear in Cypher text. They come only from the
/// ontology enums and are checked against a strict pattern, so no input text can ever reach a statement.
/// </summary>
public static partial class CypherIdentifier
{
    /// <summary>The label every entity node carries besides its class label.</summary>
    public const string EntityLabel = "Entity";
    public const string ArticleLabel = "Article";
    public const string SentenceLabel = "Sentence";
    public const string HasSentence = "HAS_SENTENCE";
    public const string Mentions = "MENTIONS";
    public const string EvidenceLabel = "Evidence";

    /// <summary>(:Evidence)-[:FROM_SENTENCE]->(:Sentence): the sentence a piece of evidence was read from.</summary>
    public const string FromSentence = "FROM_SENTENCE";

    /// <summary>(:Evidence)-[:SUBJECT]->(:Entity) and -[:OBJECT]->(:Entity): the two ends of the relation it supports.</summary>
    public const string Subject = "SUBJECT";

    public const string Object = "OBJECT";

    /// <summary>The class label of an entity type, e.g. <c>Person</c>.</summary>
    public static string Label(EntityType type) =>
        Enum.IsDefined(type) ? Checked(type.ToString(), LabelPattern()) : throw new ArgumentOutOfRangeException(nameof(type), type, "Not an ontology class.");

    /// <summary>The relationship type of a predicate, e.g. <c>SENDS_TROOPS_TO</c>.</summary>
    public static string RelationshipType(Predicate predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Checked(predicate.RelationshipType, TypePattern());
    }

    /// <summary>Whether a language tag may become part of a property key: two or three lower-case ASCII letters.</summary>
    public static bool IsLanguage(string? language) => language is not null && LanguagePattern().IsMatch(language);

    /// <summary>The property holding an entity's preferred name in <paramref name="language"/>, e.g. <c>name_id</c>.</summary>
    public static string NameProperty(string language) => "name_" + CheckedLanguage(language);

    /// <summary>The property listing an entity's names in <paramref name="language"/>, e.g. <c>names_id</c>.</summary>
    public static string NamesProperty(string language) => "names_" + CheckedLanguage(language);

    private static string CheckedLanguage(string language) =>
        IsLanguage(language) ? language : throw new InvalidOperationException($"'{language}' is not a safe language tag for a property key.");

    private static string Checked(string identifier, Regex pattern) =>
        pattern.IsMatch(identifier) ? identifier : throw new InvalidOperationException($"'{identifier}' is not a safe Cypher identifier.");

    [GeneratedRegex("^[A-Z][A-Za-z]{0,63}$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[a-z]{2,3}\z")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Z][A-Z_]{0,63}$")]
    private static partial Regex TypePattern();
}
