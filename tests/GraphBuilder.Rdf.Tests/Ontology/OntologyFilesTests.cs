using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Ontology;

/// <summary>graphbuilder.ttl and shapes.ttl say exactly what predicates.tsv says (parsed by Jena, so Turtle syntax is real).</summary>
public sealed class OntologyFilesTests
{
    private static string Owl => Path.Combine(RepoPaths.Ontology, "graphbuilder.ttl");
    private static string Shapes => Path.Combine(RepoPaths.Ontology, "shapes.ttl");

    [SkippableFact]
    public void Owl_DeclaresEveryPredicateAsTheInventory_AndNothingElse()
    {
        Jena.Require();
        Assert.Empty(OntologyFileCheck.Owl(TurtleFile.Load(Owl), TestOntology.Predicates));
    }

    [SkippableFact]
    public void Shacl_ShapesEveryPredicateAsTheInventory_AndNothingElse()
    {
        Jena.Require();
        Assert.Empty(OntologyFileCheck.Shacl(TurtleFile.Load(Shapes), TestOntology.Predicates));
    }

    [SkippableFact]
    public void Owl_ChangedDeclarations_AreReported()
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var ttl = File.ReadAllText(Owl)
            .Replace("gb:meets a owl:ObjectProperty , owl:SymmetricProperty ;", "gb:meets a owl:ObjectProperty ;", StringComparison.Ordinal)
            .Replace("rdfs:range gb:Country .", "rdfs:range gb:Location .", StringComparison.Ordinal)
            + "\ngb:praises a owl:ObjectProperty ; rdfs:domain gb:Agent ; rdfs:range gb:Agent .\n";

        var problems = OntologyFileCheck.Owl(TurtleFile.Load(dir.Write("changed.ttl", ttl)), TestOntology.Predicates);

        Assert.Contains("OWL declares praises, predicates.tsv does not", problems);
        Assert.Contains("meets: owl:SymmetricProperty is False, predicates.tsv says True", problems);
        Assert.Contains("invades: rdfs:range Location, predicates.tsv Country", problems);
    }

    [SkippableFact]
    public void Shacl_ChangedShapes_AreReported()
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var ttl = File.ReadAllText(Shapes)
            .Replace("sh:targetSubjectsOf gb:leaderOf, gb:officialOf ;", "sh:targetSubjectsOf gb:leaderOf ;", StringComparison.Ordinal)
            .Replace("sh:targetObjectsOf gb:invades ;", "sh:targetObjectsOf gb:invades, gb:praises ;", StringComparison.Ordinal);

        var problems = OntologyFileCheck.Shacl(TurtleFile.Load(dir.Write("changed.ttl", ttl)), TestOntology.Predicates);

        Assert.Contains("officialOf: no SHACL shape for its subjects", problems);
        Assert.Contains($"SHACL targets objects of {OntologyNamespace.GraphBuilder}praises, predicates.tsv has no such predicate", problems);
    }

    [SkippableFact]
    public void Shacl_PredicateListOutOfOrder_IsReported()
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var ttl = File.ReadAllText(Shapes).Replace("sh:in ( gb:meets gb:supports", "sh:in ( gb:supports gb:meets", StringComparison.Ordinal);

        var problems = OntologyFileCheck.Shacl(TurtleFile.Load(dir.Write("changed.ttl", ttl)), TestOntology.Predicates);

        Assert.Contains("SHACL: the rdf:predicate sh:in list is not the predicates of predicates.tsv in file order", problems);
    }
}
