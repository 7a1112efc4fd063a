using System.Xml;
using GraphBuilder.Core.Output;
using GraphBuilder.Hostile;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Json;
using GraphBuilder.Visualization.Tests.Browser;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// `ingest` over the generated hostile corpus (tests/hostile): it ends, reports every bad input in one
/// line, reads the good ones, and every output it writes passes the real tools.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [SkippableFact]
    public async Task Ingest_HostileCorpus_ReportsEveryCaseAndEveryOutputValidates()
    {
        Jena.Require();
        using var corpus = HostileCorpus.Create(_dir.File("corpus"));

        var run = Task.Run(() => CliRunner.Run("ingest", corpus.Root, "--out", corpus.Output, "--parallelism", "4", "--no-progress",
            "--set", $"Ingest:MaxArticleBytes={HostileCorpus.MaxArticleBytes}"));
        var result = await run.WaitAsync(TimeSpan.FromMinutes(5)); // no input may hang a run
        Console.WriteLine(result.Err);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (path, message) in corpus.Expected)
        {
            var shown = GraphBuilder.Cli.Terminal.SafeText.Line(path);
            Assert.True(lines.Any(l => l.Contains(shown + ":", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal)),
                $"no line for {shown} saying '{message}'");
        }
        Assert.All(lines, l => Assert.Matches("^(error|warning): ", l));
        Assert.DoesNotContain("Exception", result.Err);
        Assert.DoesNotContain("menyerang", File.ReadAllText(Path.Combine(corpus.Output, "graph.nq"))); // out/graph.html was not read (the sentences are in the dataset)

        var output = corpus.Output;
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != OutputManifest.FileName && !f.StartsWith("graph.html", StringComparison.Ordinal) || f == "graph.html").ToList();
        Assert.True(OutputManifest.Verify(output, files).Ok);

        foreach (var name in new[] { "graph.nt", "graph.ttl", "graph.nq", "graph.trig", "graph.jsonld" })
        {
            var validation = Jena.Validate(Path.Combine(output, name));
            Assert.True(validation.ExitCode == 0 && validation.StdErr.Trim().Length == 0, $"riot {name}: {validation.StdErr}");
        }
        var shacl = Jena.Shacl(Path.Combine(RepoPaths.Ontology, "shapes.ttl"), Path.Combine(output, "graph.nt"));
        Assert.Contains("sh:conforms  true", shacl.StdOut);

        var graph = BulkImportReader.Read(output, TestOntology.Predicates);
        Assert.Contains(graph.Articles, a => a.Title == "copy 0");
        Assert.DoesNotContain(graph.Articles, a => a.Title is "copy 1" or "copy 2");
        using (var xml = XmlReader.Create(Path.Combine(output, "graph.graphml"))) while (xml.Read()) { }
        using (var json = File.OpenRead(Path.Combine(output, GraphJsonExporter.FileName)))
            Assert.Equal(graph.Entities.Length, GraphJsonSerializer.Read(json, TestOntology.Predicates).Entities.Length);

        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        Assert.Equal("", CypherLint.Errors(File.ReadAllText(Path.Combine(output, CypherScriptExporter.FileName))));
        Assert.Equal("", CypherLint.Errors(File.ReadAllText(Path.Combine(output, BulkImportLayout.Directory, BulkImportLayout.Schema))));

        await using var page = await GraphPage.OpenAsync(Path.Combine(output, "graph.html"));
        Assert.Equal(graph.Entities.Length, await page.NodeCountAsync());
        Assert.Empty(page.ConsoleProblems);
    }

    public void Dispose() => _dir.Dispose();
}
