namespace GraphBuilder.Core.Ontology;

/// <summary>Fixed namespace IRIs of our ontology and the vocabularies it uses.</summary>
public static class OntologyNamespace
{
    /// <summary>Namespace of GraphBuilder's OWL ontology (classes and predicates).</summary>
    public const string GraphBuilder = "https://graphbuilder.dev/ontology#";

    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Wikidata = "http://www.wikidata.org/entity/";

    public static string ClassIri(EntityType type) => GraphBuilder + type;
}
