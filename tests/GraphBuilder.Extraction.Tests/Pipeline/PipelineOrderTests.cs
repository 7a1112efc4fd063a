using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Pipeline;

/// <summary>The extraction pipeline's order, as checked from each component's Requires and Assigns.</summary>
public sealed class PipelineOrderTests
{
    [Fact]
    public void Build_EveryComponentRequirementMet()
    {
        var names = Ex.Pipeline.Components.Select(c => c.Name).ToList();

        // The title constructions are found again after each change to the mentions that a later reader needs.
        Assert.Equal(5, names.Count(n => n.StartsWith("title-finder", StringComparison.Ordinal)));
        Assert.True(names.IndexOf("token-folder") < names.IndexOf("language-detector"));
        Assert.Equal("qualifier", names[^1]);
    }

    [Fact]
    public void Pipeline_WithoutTitleFinder_ThrowsNamingTheReader()
    {
        var components = Ex.Pipeline.Components.Where(c => !c.Name.StartsWith("title-finder", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(components));

        Assert.Contains("'title-name-recognizer'", error.Message);
        Assert.Contains("Titles", error.Message);
    }

    [Fact]
    public void Pipeline_TitlesNotFoundAfterCoreference_ThrowsNamingTheRelationExtractor()
    {
        var components = Ex.Pipeline.Components.Where(c => c.Name != "title-finder (resolved mentions)").ToList();
        // The titles found before the speaker step are stale once the speaker step may add mentions.
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(components));

        Assert.Contains("'relation-extractor'", error.Message);
    }

    [Fact]
    public void Pipeline_FolderAfterItsReaders_ThrowsNamingTheFirstReader()
    {
        var components = Ex.Pipeline.Components.ToList();
        var folder = components.Single(c => c.Name == "token-folder");
        components.Remove(folder);
        components.Insert(components.FindIndex(c => c.Name == "gazetteer-recognizer"), folder);

        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(components));

        Assert.Contains("'language-detector'", error.Message);
        Assert.Contains("FoldedTokens", error.Message);
    }
}
