using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

public class IngestCommandTests
{
    [Fact]
    public void Ingest_NoPaths_IsUsageError()
    {
        var result = CliRunner.Run("ingest");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Ingest_UnknownOption_IsUsageError()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--frobnicate");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Ingest_UnknownFormat_IsUsageErrorNamingIt()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "nt,bogus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bogus", result.Err);
    }

    [Theory]
    [InlineData("not an iri")]                  // no scheme
    [InlineData("ftp://example.org/")]          // not http(s)
    [InlineData("http://example.org:80/kg/")]   // default port: Jena warns
    [InlineData("https://example.org/a b/")]    // space
    [InlineData("https://example.org/kg")]      // must end in / or #
    public void Ingest_BadBaseIri_IsUsageError(string baseIri)
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--base-iri", baseIri);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Export:BaseIri", result.Err);
    }

    [Fact]
    public void Ingest_MalformedSet_IsUsageError()
    {
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--set", "NoEqualsSign");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("KEY=VALUE", result.Err);
    }

    [Fact]
    public void Ingest_MissingSettingsFile_IsUsageError()
    {
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--config", "/nonexistent/settings.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration", result.Err);
    }

    [Fact]
    public void Ingest_Seeds_SummaryCountsFiveArticles()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Articles\s*│\s*5", result.Out);
        Assert.Contains("Entities: Person", result.Out);
    }

    [Fact]
    public void Ingest_SomeBadInputs_ExitOneReportsEachAndKeepsGoodOnes()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.Write("good.txt", "Korea Utara mendukung Rusia.");
        File.WriteAllBytes(input.File("bad.txt"), [0x41, 0x00, 0x42]);
        input.Write("lines.jsonl", "{\"text\":\"Rusia mendukung Korea Utara.\"}\n{broken\n");

        var result = CliRunner.Run("ingest", input.Path, input.File("missing.md"), "--out", output.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.txt: binary content", result.Err);
        Assert.Contains("lines.jsonl:2: not valid JSON", result.Err);
        Assert.Contains("missing.md: no such file", result.Err);
        Assert.Matches(@"Articles\s*│\s*2", result.Out);
    }

    [Fact]
    public void Ingest_Help_DescribesEveryOption()
    {
        var result = CliRunner.Run("ingest", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--out", "--formats", "--language", "--base-iri", "--parallelism", "--config", "--set" })
            Assert.Contains(option, result.Out);
    }

    [Fact]
    public void Ingest_BrokenOntologyData_IsConfigurationErrorNamingTheProblem()
    {
        using var ontology = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Ontology, "*", SearchOption.AllDirectories))
        {
            var target = ontology.File(Path.GetRelativePath(RepoPaths.Ontology, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var relations = Directory.EnumerateFiles(ontology.Path, "relations.tsv", SearchOption.AllDirectories).First();
        File.AppendAllText(relations, "\nbroken-rule\tnotAPredicate\tS mendukung O\n");
        using var output = new TempDirectory();

        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", output.Path, "--set", "Extraction:OntologyDirectory=" + ontology.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("notAPredicate", result.Err);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Run_Cancelled_ReportsCancellationAndWritesNothing()
    {
        using var output = new TempDirectory();
        var error = new StringWriter();
        var context = new GraphBuilder.Cli.Commands.CliContext(new StringWriter(), error);
        var request = new GraphBuilder.Cli.Commands.IngestCommand.IngestRequest(
            [RepoPaths.Seeds], [new("Ingest:OutputDirectory", output.Path)], null, Progress: false);

        var code = GraphBuilder.Cli.Commands.IngestCommand.Run(context, request, new CancellationToken(canceled: true));

        Assert.Equal(130, code);
        Assert.Contains("cancelled", error.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }
}
