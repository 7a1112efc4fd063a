using GraphBuilder.Rdf.Parsing;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>The seeds' RDF exports, as `ingest` writes them, checked by Jena: valid, and SHACL-conformant.</summary>
public sealed class SeedsRdfExportTests
{
    [SkippableFact]
    public void Ingest_Seeds_EveryRdfExportValidatesWithRiotAndConformsToShapes()
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "nt,ttl,nq,trig,jsonld", "--no-progress");
        Assert.True(result.ExitCode == 0, result.Err);
        foreach (var name in new[] { "graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld" })
        {
            var validation = Jena.Validate(dir.File(name));
            Console.WriteLine($"riot --validate seeds {name}: exit {validation.ExitCode} {validation.StdErr}");
            Assert.True(validation.ExitCode == 0 && validation.StdErr.Trim().Length == 0, $"{name}: {validation.StdErr}");

            // Round trip: Jena reads back exactly our statements (graph.nt / graph.nq as reference).
            var reference = name is "graph.nt" or "graph.ttl" or "graph.jsonld" ? "graph.nt" : "graph.nq";
            var expected = Read(File.ReadAllText(dir.File(reference)));
            var parsed = Jena.ToNQuads(dir.File(name));
            Assert.True(parsed.ExitCode == 0, parsed.StdErr);
            var actual = Read(parsed.StdOut);
            Console.WriteLine($"  {name}: {actual.Count} statements read back by Jena ({expected.Count} written)");
            Assert.True(expected.SetEquals(actual), $"{name}: Jena read {actual.Count} statements, we wrote {expected.Count}");
        }
        var shacl = Jena.Shacl(Path.Combine(RepoPaths.Ontology, "shapes.ttl"), dir.File("graph.nt"));
        Console.WriteLine("shacl validate seeds graph.nt:\n" + shacl.StdOut);
        Assert.Contains("sh:conforms  true", shacl.StdOut);

        // The evidence (rdf:Statement, sentences, articles) is in the dataset: its union must conform too.
        using var union = new StringWriter { NewLine = "\n" };
        var writer = new GraphBuilder.Rdf.Writers.NTriplesWriter(union);
        foreach (var quad in Read(File.ReadAllText(dir.File("graph.nq")))) writer.Triple(quad.Triple);
        writer.Finish();
        var unionFile = dir.Write("union.nt", union.ToString());
        Assert.Contains("https://graphbuilder.dev/provenance#spanStart", File.ReadAllText(unionFile));
        var datasetShacl = Jena.Shacl(Path.Combine(RepoPaths.Ontology, "shapes.ttl"), unionFile);
        Console.WriteLine("shacl validate seeds union of graph.nq:\n" + datasetShacl.StdOut);
        Assert.Contains("sh:conforms  true", datasetShacl.StdOut);
    }

    private static HashSet<Quad> Read(string nquads) => [.. NQuadsParser.Parse(new StringReader(nquads))];
}
