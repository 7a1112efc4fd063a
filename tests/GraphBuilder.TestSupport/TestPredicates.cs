using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Ontology;

/// <summary>
/// Test shorthand: <c>Predicate.Meets</c> is the row <c>meets</c> of the repository's predicates.tsv, looked up
/// by name (static extension members; the production code has no list of predicates).
/// </summary>
public static class TestPredicates
{
    extension(Predicate)
    {
        public static Predicate Meets => Get("meets");
        public static Predicate Supports => Get("supports");
        public static Predicate Opposes => Get("opposes");
        public static Predicate SendsTroopsTo => Get("sendsTroopsTo");
        public static Predicate SignsAgreementWith => Get("signsAgreementWith");
        public static Predicate Invades => Get("invades");
        public static Predicate FightsAgainst => Get("fightsAgainst");
        public static Predicate Accuses => Get("accuses");
        public static Predicate Sanctions => Get("sanctions");
        public static Predicate RebelsAgainst => Get("rebelsAgainst");
        public static Predicate Recognizes => Get("recognizes");
        public static Predicate Thanks => Get("thanks");
        public static Predicate LeaderOf => Get("leaderOf");
        public static Predicate OfficialOf => Get("officialOf");
    }

    private static Predicate Get(string localName) => TestOntology.Predicates.Require(localName, "the tests");
}
