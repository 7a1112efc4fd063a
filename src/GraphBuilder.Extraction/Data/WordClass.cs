namespace GraphBuilder.Extraction.Data;

/// <summary>The word classes of <c>lexicon/LANG/words.tsv</c> (first column).</summary>
public static class WordClass
{
    /// <summary>Frequent function words, used to detect the language.</summary>
    public const string Stop = "stop";
    /// <summary>Adverbs, auxiliaries and modifiers that may stand between an argument and its cue.</summary>
    public const string Skip = "skip";
    /// <summary>"untuk" after a skippable verb ("sepakat untuk mendukung"): skipped only there.</summary>
    public const string Complementiser = "complementiser";
    /// <summary>Nouns that stand for their owner in an argument slot: "pemerintah Rusia", "langkah-langkah ... Rusia".</summary>
    public const string Head = "head";
    /// <summary>Words that may link a cue to its object only ("yang diambil", "oleh", "of").</summary>
    public const string Link = "link";
    /// <summary>Coordinating conjunctions joining arguments.</summary>
    public const string Conjunction = "conj";
    /// <summary>Negation before a cue blocks the relation ("tidak", "not").</summary>
    public const string Negation = "neg";
    /// <summary>A word after a negation that cancels it ("tidak hanya", "not only"): the cue is not negated.</summary>
    public const string NegationCancel = "neg-cancel";
    /// <summary>Hedges and speculation before a cue block the relation ("mungkin", "may").</summary>
    public const string Modality = "modal";
    /// <summary>Words that end the scope of a preceding negation ("bahwa", "that").</summary>
    public const string Boundary = "boundary";
    /// <summary>"menurut X" / "according to X": X is the attribution.</summary>
    public const string AttributionBefore = "attr-pre";
    /// <summary>'..., kata X' / '..., said X': X is the attribution.</summary>
    public const string AttributionAfter = "attr-post";
    /// <summary>A word that may stand between the claim and an <see cref="AttributionAfter"/> cue ("..., demikian disampaikan X").</summary>
    public const string AttributionLead = "attr-lead";
    /// <summary>"X percaya ..." / "X said ...": the words before are the attribution.</summary>
    public const string AttributionVerb = "attr-verb";
    /// <summary>Prepositions opening a parenthetical between commas ("dalam", "during").</summary>
    public const string Parenthetical = "paren";
    /// <summary>Lower-case particles inside names ("bin", "van", "al").</summary>
    public const string Particle = "particle";
    /// <summary>Capitalised words that are never names (days, months, sentence adverbs).</summary>
    public const string NotName = "notname";
    /// <summary>Singular person pronouns resolved to the previous sentence's subject.</summary>
    public const string Pronoun = "pronoun";
    /// <summary>First-person plural pronouns ("we", "kami") resolved inside a quotation to the speaker's state.</summary>
    public const string SpeakerPronoun = "pronoun-speaker";
    /// <summary>Plural pronouns resolved to the previous sentence's country or organisation subject.</summary>
    public const string PluralPronoun = "pronoun-plural";
    /// <summary>Demonstratives after a noun phrase ("itu", "tersebut").</summary>
    public const string DefiniteAfter = "def-post";
    /// <summary>Determiners before a noun phrase ("the").</summary>
    public const string DefiniteBefore = "def-pre";
    /// <summary>Possessive marker after a country or organisation ("'s").</summary>
    public const string Possessive = "poss";
    /// <summary>Prepositions linking a title to its country ("of", "dari").</summary>
    public const string TitleOf = "title-of";
    /// <summary>Prepositions introducing an ambassador's host country ("untuk", "to").</summary>
    public const string TitleTo = "title-to";
    /// <summary>Words marking a title as no longer held ("mantan", "former").</summary>
    public const string Former = "former";
    /// <summary>Portfolio words of a title ("Koordinator", "Investasi", "ESDM", "Treasury"): skipped between a title and its owner or name.</summary>
    public const string Portfolio = "portfolio";
    /// <summary>Modifiers of a title ("penjaga", "interim", "sebelumnya", "acting"): skipped around the owner.</summary>
    public const string TitleModifier = "title-mod";
    /// <summary>Forms of address and honorifics before a name that are not part of it ("Pangeran", "Shri", "Mr").</summary>
    public const string Honorific = "honorific";
    /// <summary>Words joining two titles of one holder ("sekaligus", "and"): the first title shares the second's owner and name.</summary>
    public const string TitleJoin = "title-join";
    /// <summary>Nouns for a delegation whose state gives the bare titles after it their owner ("delegasi", "perwakilan", "delegation").</summary>
    public const string Delegation = "delegation";
    /// <summary>The stable id of the state whose officials the language's news names without their state ("country/indonesia").</summary>
    public const string HomeCountry = "home-country";
    /// <summary>Prefixes that mark a verb ("me", "di", "ber"): such a word ends a noun phrase.</summary>
    public const string VerbPrefix = "verb-prefix";
    /// <summary>Generational suffixes after a name ("Jr", "III"): never a surname.</summary>
    public const string NameSuffix = "name-suffix";
    /// <summary>Labels opening a line of page furniture ("baca juga", "editor", "read more"): the line gives no evidence.</summary>
    public const string Boilerplate = "boilerplate";
    /// <summary>Words opening a purpose or manner clause right before its verb ("untuk", "dengan", "to"): the clause shares the sentence's subject.</summary>
    public const string Purpose = "purpose";
    /// <summary>Abbreviations that end with a dot but do not end a sentence.</summary>
    public const string Abbreviation = "abbrev";
}
