using GraphBuilder.Core.Output;
using GraphBuilder.Core.Store;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>`ingest NEW --into DIR` must write exactly the files of one ingest over the old and new inputs.</summary>
public class IncrementalIngestTests
{
    // Hand-made articles: the new half shares entities with the old one, and repeats one old article.
    private static readonly (string Name, string Text)[] Old =
    [
        ("a.txt", "Korea Utara kirim pasukan ke Rusia\n\nPemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin di Moskow pada hari Senin. Korea Utara mendukung Rusia dalam perang melawan Ukraina.\n"),
        ("b.md", "---\ntitle: Sanctions on Pyongyang\ndate: 2024-03-02\nlanguage: en\n---\nThe United States sanctioned North Korea on Friday. Secretary of State Antony Blinken met South Korean Foreign Minister Cho Tae-yul in Seoul.\n"),
    ];

    private static readonly (string Name, string Text)[] New =
    [
        ("c.txt", "Rusia dan Korea Utara tandatangani perjanjian\n\nRusia menandatangani perjanjian dengan Korea Utara. Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Pyongyang.\n"),
        ("copy-of-a.txt", Old[0].Text),
        ("d.md", "---\ntitle: Kim and Putin again\ndate: 2024-06-19\nlanguage: en\n---\nNorth Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang. Ukraine accused North Korea of sending troops to Russia.\n"),
    ];

    private static (string Old, string New) HandMade(TempDirectory dir)
    {
        foreach (var (name, text) in Old) dir.Write("old/" + name, text);
        foreach (var (name, text) in New) dir.Write("new/" + name, text);
        return (dir.File("old"), dir.File("new"));
    }

    // The seeds split in two halves (first two files, then the rest).
    private static (string Old, string New) SeedHalves(TempDirectory dir)
    {
        var files = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 4, "the seeds folder should hold several articles");
        for (var i = 0; i < files.Length; i++)
            File.Copy(files[i], dir.File((i < 2 ? "old/" : "new/") + Path.GetFileName(files[i])).EnsureParent());
        return (dir.File("old"), dir.File("new"));
    }

    private static Dictionary<string, byte[]> Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameFiles(string expected, string actual)
    {
        var (want, got) = (Files(expected), Files(actual));
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in want) Assert.True(bytes.AsSpan().SequenceEqual(got[name]), $"{name} differs from the full run's");
    }

    private static void Ok(CliRunner.Result result) => Assert.True(result.ExitCode == 0, result.Err);

    [Theory]
    [InlineData("hand-made", "1")]
    [InlineData("hand-made", "2")]
    [InlineData("seeds", "1")]
    [InlineData("seeds", "2")]
    public void IngestInto_NewArticles_SameFilesAsOneFullRun(string corpus, string parallelism)
    {
        using var dir = new TempDirectory();
        var (old, @new) = corpus == "seeds" ? SeedHalves(dir) : HandMade(dir);
        Ok(CliRunner.Run("ingest", old, @new, "--out", dir.File("full"), "--no-progress", "-j", parallelism));
        Ok(CliRunner.Run("ingest", old, "--out", dir.File("inc"), "--no-progress", "-j", parallelism));

        var result = CliRunner.Run("ingest", @new, "--into", dir.File("inc"), "--no-progress", "-j", parallelism);

        Ok(result);
        Assert.Matches(@"Articles kept from the store \(--into\)\s*│\s*2 ", result.Out);
        AssertSameFiles(dir.File("full"), dir.File("inc"));
        Assert.Contains("graph.nt", Files(dir.File("inc")).Keys);
    }

    [Fact]
    public void Ingest_RecordsSpilledToRunFiles_SameFilesAsKeptInMemory()
    {
        using var dir = new TempDirectory();
        var (old, @new) = SeedHalves(dir);
        Ok(CliRunner.Run("ingest", old, @new, "--out", dir.File("memory"), "--no-progress", "-f", "nt,json"));
        // A one-byte buffer spills every article's record to its own run file.
        Ok(CliRunner.Run("ingest", old, @new, "--out", dir.File("spilled"), "--no-progress", "-f", "nt,json", "--set", "Ingest:RecordBufferBytes=1"));
        Ok(CliRunner.Run("ingest", old, "--out", dir.File("inc"), "--no-progress", "-f", "nt,json", "--set", "Ingest:RecordBufferBytes=1"));
        Ok(CliRunner.Run("ingest", @new, "--into", dir.File("inc"), "--no-progress", "-f", "nt,json", "--set", "Ingest:RecordBufferBytes=1"));

        AssertSameFiles(dir.File("memory"), dir.File("spilled"));
        AssertSameFiles(dir.File("memory"), dir.File("inc"));
        Assert.Empty(Directory.GetDirectories(dir.File("spilled"), ".graphbuilder-staging-*"));
    }

    [Fact]
    public void Ingest_Always_WritesTheStoreAndListsItInTheManifest()
    {
        using var dir = new TempDirectory();
        var (old, _) = HandMade(dir);
        Ok(CliRunner.Run("ingest", old, "--out", dir.File("out"), "--no-progress", "-f", "nt"));

        var (manifest, _) = OutputManifest.TryRead(dir.File("out"));
        Assert.Contains(manifest!.Files, f => f.Path == ArticleStore.FileName);
        var (contents, error) = ArticleStore.Read(dir.File("out/" + ArticleStore.FileName), TestOntology.Predicates);
        Assert.Null(error);
        Assert.Equal(2, contents!.Records.Length);
    }

    [Fact]
    public void IngestInto_OnlyArticlesAlreadyThere_OutputLeftAsItWas()
    {
        using var dir = new TempDirectory();
        var (old, _) = HandMade(dir);
        Ok(CliRunner.Run("ingest", old, "--out", dir.File("out"), "--no-progress", "-f", "json"));
        var before = Files(dir.File("out"));

        var result = CliRunner.Run("ingest", old, "--into", dir.File("out"), "--no-progress", "-f", "json");

        Ok(result);
        Assert.Contains("no new articles", result.Out);
        Assert.Equal(before.Keys, Files(dir.File("out")).Keys);
    }

    public enum Damage { ByteChanged, Removed, TruncatedWithoutManifest, OtherVersionWithoutManifest }

    [Theory]
    [InlineData(Damage.ByteChanged, "changed since ingest wrote it")]
    [InlineData(Damage.Removed, "not found")]
    [InlineData(Damage.TruncatedWithoutManifest, "damaged article store")]
    [InlineData(Damage.OtherVersionWithoutManifest, "format version 99")]
    public void IngestInto_BadStore_OneLineErrorNamingItAndOutputUntouched(Damage damage, string reason)
    {
        using var dir = new TempDirectory();
        var (old, @new) = HandMade(dir);
        var output = dir.File("out");
        Ok(CliRunner.Run("ingest", old, "--out", output, "--no-progress", "-f", "json"));
        var store = Path.Combine(output, ArticleStore.FileName);
        var bytes = File.ReadAllBytes(store);
        switch (damage)
        {
            case Damage.ByteChanged: bytes[bytes.Length / 2] ^= 1; File.WriteAllBytes(store, bytes); break;
            case Damage.Removed: File.Delete(store); break;
            case Damage.TruncatedWithoutManifest:
                File.Delete(Path.Combine(output, OutputManifest.FileName));
                File.WriteAllBytes(store, bytes[..(bytes.Length - 40)]);
                break;
            case Damage.OtherVersionWithoutManifest:
                File.Delete(Path.Combine(output, OutputManifest.FileName));
                BitConverter.GetBytes(99).CopyTo(bytes, 8);
                File.WriteAllBytes(store, bytes);
                break;
        }
        var before = Files(output);

        var result = CliRunner.Run("ingest", @new, "--into", output, "--no-progress", "-f", "json");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:"));
        Assert.Contains(store, error);
        Assert.Contains(reason, error);
        var after = Files(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, content) in before) Assert.Equal(content, after[name]);
    }

    [Fact]
    public void IngestInto_OtherExtractionSettings_Refused()
    {
        using var dir = new TempDirectory();
        var (old, @new) = HandMade(dir);
        Ok(CliRunner.Run("ingest", old, "--out", dir.File("out"), "--no-progress", "-f", "json"));

        var result = CliRunner.Run("ingest", @new, "--into", dir.File("out"), "--no-progress", "-f", "json", "--language", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("made with another ontology or Extraction settings", result.Err);
        Assert.Contains(ArticleStore.FileName, result.Err);
    }

    [Fact]
    public void IngestInto_AlsoOut_UsageError()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--into", dir.Path, "--out", dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--into", result.Err);
    }

    [Fact]
    public void IngestHelp_DocumentsInto()
    {
        var result = CliRunner.Run("ingest", "--help");
        Assert.Contains("--into", result.Out);
        Assert.Contains(ArticleStore.FileName, result.Out);
    }
}

internal static class PathExtensions
{
    /// <summary>Creates the file's folder and returns the path.</summary>
    public static string EnsureParent(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
