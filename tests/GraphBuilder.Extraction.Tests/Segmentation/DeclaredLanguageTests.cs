using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Segmentation;

/// <summary>A declared language without a lexicon must not silently give an empty graph.</summary>
public sealed class DeclaredLanguageTests
{
    [Fact]
    public void Process_UnsupportedDeclaredLanguage_IsWarnedAndDetectedFromTheText()
    {
        var doc = Ex.Run("Russia supports North Korea, the minister said. The talks will continue.", language: "fr");

        Assert.Equal("en", doc.Language);
        Assert.Contains(doc.Warnings, w => w.Contains("'fr' is not supported") && w.Contains("'en'"));
        Assert.NotEmpty(doc.Relations);
    }

    [Fact]
    public void Process_SupportedDeclaredLanguage_IsKeptWithoutWarning()
    {
        var doc = Ex.Run("Russia supports North Korea.", language: "en");

        Assert.Equal("en", doc.Language);
        Assert.Empty(doc.Warnings);
    }
}
