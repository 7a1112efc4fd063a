using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Segmentation;

public sealed class LanguageAndDateTests
{
    [Theory]
    [InlineData("Presiden itu mengatakan bahwa negara tersebut akan mendukung perjanjian yang baru.", "id")]
    [InlineData("The president said that the country will support the new agreement with its neighbours.", "en")]
    public void LanguageDetector_Text_DetectsLanguage(string text, string expected) =>
        Assert.Equal(expected, Ex.Run(text).Language);

    [Fact]
    public void LanguageDetector_MetadataLanguage_Wins() =>
        Assert.Equal("en", Ex.Run("Presiden itu mengatakan bahwa negara tersebut akan mendukung.", "en").Language);

    [Theory]
    [InlineData("PYONGYANG - Pernyataan dikeluarkan oleh KCNA, Minggu (25/6/2023).\nIsi berita.", 2023, 6, 25)]
    [InlineData("JAKARTA, 3 Maret 2025 - Presiden berbicara.", 2025, 3, 3)]
    [InlineData("MANILA, July 8, 2024 - The president spoke.", 2024, 7, 8)]
    public void DateFinder_Dateline_SetsDocumentDate(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Ex.Run(text).Date);

    [Fact]
    public void DateFinder_MetadataDate_IsKept() =>
        Assert.Equal(new DateOnly(2020, 1, 2), Ex.Run("JAKARTA, 3 Maret 2025 - Presiden berbicara.", published: new DateOnly(2020, 1, 2)).Date);

    [Fact]
    public void Qualifier_WeekdayInSentence_DatesEvidenceToThatDay()
    {
        // 2023-06-25 is a Sunday; "Jumat" (Friday) before it is 2023-06-23.
        var doc = Ex.Run("Menteri Luar Negeri Rusia, Sergei Lavrov, bertemu dengan Menteri Luar Negeri Tiongkok, Wang Yi, pada Jumat.", published: new DateOnly(2023, 6, 25));
        var meets = doc.Relations.Single(r => r.Predicate == Ex.Data.Predicates.Require("meets", "this test"));
        Assert.Equal(new DateOnly(2023, 6, 23), meets.Evidence.Date);
    }
}
