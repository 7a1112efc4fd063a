using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Oracles;

/// <summary>ontology/shapes.ttl checked with Jena's SHACL engine against our exports.</summary>
public sealed class ShaclTests
{
    private static string Shapes => Path.Combine(RepoPaths.Ontology, "shapes.ttl");

    [SkippableTheory]
    [InlineData("seedlike")]
    [InlineData("torture")]
    public void Validate_Export_Conforms(string graphName)
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var data = dir.Write("graph.nt", RdfFixtures.Serialize(RdfFixtures.Graph(graphName), "nt"));
        var report = Jena.Shacl(Shapes, data);
        Console.WriteLine($"shacl validate {graphName}: exit {report.ExitCode}\n{report.StdOut}");
        Assert.True(report.ExitCode == 0, report.StdErr);
        Assert.Contains("sh:conforms  true", report.StdOut);
    }

    [SkippableFact]
    public void Validate_PersonAsLeaderOfPersonAndBadSameAs_DoesNotConform()
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var text = RdfFixtures.Serialize(RdfFixtures.Graph("seedlike"), "nt")
            + "<https://graphbuilder.dev/id/person/kim-jong-un> <https://graphbuilder.dev/ontology#leaderOf> <https://graphbuilder.dev/id/person/sergei-lavrov> .\n"
            + "<https://graphbuilder.dev/id/person/choe-son-hui> <http://www.w3.org/2002/07/owl#sameAs> <http://example.org/not-wikidata> .\n";
        var report = Jena.Shacl(Shapes, dir.Write("bad.nt", text));
        Assert.Contains("sh:conforms  false", report.StdOut);
        Assert.Contains("CountryOrOrganizationObjectShape", report.StdOut);
        Assert.Contains("owl:sameAs links to one Wikidata entity.", report.StdOut);
    }

    [SkippableFact]
    public void Shapes_File_IsValidTurtle()
    {
        Jena.Require();
        var result = Jena.Validate(Shapes);
        Assert.True(result.ExitCode == 0, result.StdErr);
    }
}
