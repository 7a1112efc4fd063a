using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Rdf.Terms;

/// <summary>The IRIs of the standard vocabularies the exports use (RDF, RDFS, OWL, XSD, SKOS, PROV-O, Dublin Core).</summary>
public static class Vocabulary
{
    /// <summary>Namespace of GraphBuilder's provenance properties (rule, confidence, span, attribution).</summary>
    public const string ProvenanceNamespace = "https://graphbuilder.dev/provenance#";

    public static readonly Iri RdfType = Rdf("type");
    public static readonly Iri RdfLangString = Rdf("langString");
    public static readonly Iri RdfStatement = Rdf("Statement");
    public static readonly Iri RdfSubject = Rdf("subject");
    public static readonly Iri RdfPredicate = Rdf("predicate");
    public static readonly Iri RdfObject = Rdf("object");
    public static readonly Iri RdfValue = Rdf("value");
    public static readonly Iri RdfsLabel = Iri.Create(OntologyNamespace.Rdfs + "label");
    public static readonly Iri OwlSameAs = Iri.Create(OntologyNamespace.Owl + "sameAs");
    public static readonly Iri SkosAltLabel = Iri.Create(OntologyNamespace.Skos + "altLabel");
    public static readonly Iri SkosPrefLabel = Iri.Create(OntologyNamespace.Skos + "prefLabel");

    public static readonly Iri XsdString = Xsd("string");
    public static readonly Iri XsdDate = Xsd("date");
    public static readonly Iri XsdDecimal = Xsd("decimal");
    public static readonly Iri XsdInteger = Xsd("integer");

    public static readonly Iri ProvEntity = Prov("Entity");
    public static readonly Iri ProvBundle = Prov("Bundle");
    public static readonly Iri ProvWasDerivedFrom = Prov("wasDerivedFrom");
    public static readonly Iri ProvHadPrimarySource = Prov("hadPrimarySource");
    public static readonly Iri ProvWasQuotedFrom = Prov("wasQuotedFrom");

    public static readonly Iri DcTitle = Dc("title");
    public static readonly Iri DcSource = Dc("source");
    public static readonly Iri DcIssued = Dc("issued");
    public static readonly Iri DcDate = Dc("date");
    public static readonly Iri DcIdentifier = Dc("identifier");
    public static readonly Iri DcLanguage = Dc("language");
    public static readonly Iri DcIsPartOf = Dc("isPartOf");
    public static readonly Iri DcBibliographicCitation = Dc("bibliographicCitation");

    public static readonly Iri GbpRule = Gbp("rule");
    public static readonly Iri GbpConfidence = Gbp("confidence");
    public static readonly Iri GbpAttribution = Gbp("attribution");
    public static readonly Iri GbpSpanStart = Gbp("spanStart");
    public static readonly Iri GbpSpanEnd = Gbp("spanEnd");
    public static readonly Iri GbpSentenceIndex = Gbp("sentenceIndex");

    /// <summary>Prefixes declared by the Turtle, TriG and JSON-LD writers (base-dependent ones are added by the mapper).</summary>
    public static IReadOnlyList<(string Prefix, Iri Namespace)> StandardPrefixes { get; } =
    [
        ("gb", Iri.Create(OntologyNamespace.GraphBuilder)),
        ("gbp", Iri.Create(ProvenanceNamespace)),
        ("rdf", Iri.Create(OntologyNamespace.Rdf)),
        ("rdfs", Iri.Create(OntologyNamespace.Rdfs)),
        ("owl", Iri.Create(OntologyNamespace.Owl)),
        ("xsd", Iri.Create(OntologyNamespace.Xsd)),
        ("skos", Iri.Create(OntologyNamespace.Skos)),
        ("prov", Iri.Create(OntologyNamespace.Prov)),
        ("dcterms", Iri.Create(OntologyNamespace.DcTerms)),
        ("wd", Iri.Create(OntologyNamespace.Wikidata)),
    ];

    private static Iri Rdf(string local) => Iri.Create(OntologyNamespace.Rdf + local);
    private static Iri Xsd(string local) => Iri.Create(OntologyNamespace.Xsd + local);
    private static Iri Prov(string local) => Iri.Create(OntologyNamespace.Prov + local);
    private static Iri Dc(string local) => Iri.Create(OntologyNamespace.DcTerms + local);
    private static Iri Gbp(string local) => Iri.Create(ProvenanceNamespace + local);
}
