namespace GraphBuilder.Nlp.Corpus;

/// <summary>
/// Maps the corpora's entity labels onto ours: PERSON, ORG, LOC. NERGRIT PERSON/PLACE/ORGANISATION,
/// NERP PPL/PLC/ORG, UNER PER/LOC/ORG; every other label (NERP EVT, IND, FNB; UNER MISC) becomes O.
/// </summary>
public static class NerTags
{
    public const string Person = "PERSON";
    public const string Organization = "ORG";
    public const string Location = "LOC";

    public static string? MapType(string label) => label switch
    {
        "PERSON" or "PER" or "PPL" => Person,
        "ORGANISATION" or "ORGANIZATION" or "ORG" => Organization,
        "PLACE" or "PLC" or "LOC" => Location,
        _ => null,
    };

    /// <summary>B-PPL -> B-PERSON, I-EVT -> O, O -> O.</summary>
    public static string Map(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')) return "O";
        return MapType(tag[2..]) is { } type ? $"{tag[0]}-{type}" : "O";
    }

    public static TaggedSentence Map(TaggedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.WithTags([.. sentence.Tags.Select(Map)]);
    }
}
