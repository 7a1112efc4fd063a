using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class LexiconFoldersTests
{
    [Fact]
    public void Languages_AreTheLexiconFolders_Sorted()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "lexicon", "ms"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "lexicon", "en"));

        Assert.Equal(["en", "ms"], LexiconFolders.Languages(dir.Path));
        Assert.Null(LexiconFolders.Problem(dir.Path, "ms"));
        var problem = LexiconFolders.Problem(dir.Path, "fr");
        Assert.Contains("'fr' has no lexicon folder", problem, StringComparison.Ordinal);
        Assert.Contains("available: en, ms", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_NoLexiconFolder_SaysSo()
    {
        using var dir = new TempDirectory();
        Assert.Empty(LexiconFolders.Languages(dir.Path));
        Assert.StartsWith("no language lexicons under", LexiconFolders.Problem(dir.Path, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryOntology_HasIndonesianAndEnglish() =>
        Assert.Equal(["en", "id"], LexiconFolders.Languages(RepoPaths.Ontology));
}
