namespace GraphBuilder.Core.Ontology;

/// <summary>The relation inventory. <see cref="PredicateInfo"/> gives names and properties.</summary>
public enum Predicate : byte
{
    Meets,
    Supports,
    Opposes,
    SendsTroopsTo,
    SignsAgreementWith,
    Invades,
    FightsAgainst,
    Accuses,
    Sanctions,
    RebelsAgainst,
    Recognizes,
    Thanks,
    LeaderOf,
    OfficialOf,
}
