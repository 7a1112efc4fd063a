namespace GraphBuilder.Extraction;

/// <summary>
/// Every confidence the extraction components give what they find, in one place so that they can be read and
/// tuned together. Mention confidences multiply into the relations built on them; evidence confidences
/// are checked to lie in [0, 1] where evidence is made.
/// </summary>
internal static class Confidences
{
    /// <summary>A gazetteer name or alias found in the text.</summary>
    public const double GazetteerMention = 0.85;

    /// <summary>A short form ("Putin") resolved to a person named in full earlier.</summary>
    public const double ShortFormMention = 0.85;

    /// <summary>A person named right after a title ("Presiden X").</summary>
    public const double TitleNameMention = 0.8;

    /// <summary>A name found by the statistical recogniser only.</summary>
    public const double StatisticalMention = 0.7;

    /// <summary>An anaphoric phrase or role ("the minister") resolved to an entity.</summary>
    public const double CoreferencePhrase = 0.75;

    /// <summary>A pronoun resolved to an entity.</summary>
    public const double CoreferencePronoun = 0.7;

    /// <summary>A title relation (leaderOf / officialOf) whose owner is named with the title.</summary>
    public const double TitleRelation = 0.9;

    /// <summary>A relation from a cue pattern.</summary>
    public const double PatternRelation = 0.85;

    /// <summary>A title relation whose owner comes from the sentence's context.</summary>
    public const double ContextRelation = 0.7;

    /// <summary>Factor for evidence attributed to a source ("said KCNA"): reported, not observed.</summary>
    public const double AttributedFactor = 0.95;
}
