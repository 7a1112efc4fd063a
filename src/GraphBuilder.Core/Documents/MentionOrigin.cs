namespace GraphBuilder.Core.Documents;

/// <summary>
/// Which mechanism produced an <see cref="EntityMention"/>: the typed form of its <see cref="EntityMention.Rule"/>,
/// so components decide by origin instead of parsing each other's rule strings.
/// </summary>
public enum MentionOrigin : byte
{
    /// <summary>Not said (hand-made mentions).</summary>
    Unknown,
    /// <summary>A curated name or short form of a gazetteer entry ("gazetteer:name").</summary>
    GazetteerName,
    /// <summary>A nationality adjective standing for its country ("gazetteer:demonym").</summary>
    GazetteerDemonym,
    /// <summary>A capital or seat standing for its state ("gazetteer:capital").</summary>
    GazetteerCapital,
    /// <summary>A capitalised name next to a title ("title-name").</summary>
    TitleName,
    /// <summary>A name proposed by the trained recogniser ("model:ner").</summary>
    Statistical,
    /// <summary>A spelling variant of a person named earlier ("coref:variant").</summary>
    Variant,
    /// <summary>A later short form of a person named earlier ("coref:short-form").</summary>
    ShortForm,
    /// <summary>An anaphoric phrase ("negara tersebut": "coref:phrase").</summary>
    Phrase,
    /// <summary>A phrase standing for two antecedents ("kedua negara": "coref:both").</summary>
    Pair,
    /// <summary>A nameless title standing for its holder ("Pemimpin Korea Utara itu": "coref:role").</summary>
    Role,
    /// <summary>A pronoun ("ia", "they": "coref:pronoun").</summary>
    Pronoun,
    /// <summary>A speaker's "we" in a quotation ("coref:speaker").</summary>
    Speaker,
}

/// <summary>What each origin implies for the components that read mentions.</summary>
public static class MentionOrigins
{
    /// <summary>True for mentions that name their entity (kept as names and aliases): curated names, title names, variants.</summary>
    public static bool IsName(this MentionOrigin origin) =>
        origin is MentionOrigin.GazetteerName or MentionOrigin.TitleName or MentionOrigin.Variant;

    /// <summary>True for mentions found by coreference (they refer back and are no antecedent themselves).</summary>
    public static bool IsCoreference(this MentionOrigin origin) =>
        origin is MentionOrigin.Variant or MentionOrigin.ShortForm or MentionOrigin.Phrase or MentionOrigin.Pair
            or MentionOrigin.Role or MentionOrigin.Pronoun or MentionOrigin.Speaker;
}
