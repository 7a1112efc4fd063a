using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Recognition;

public sealed class TitleNameRecognizerTests
{
    private static List<string> People(string text, string? language = null) =>
        [.. Ex.Run(text, language).Mentions.Where(m => m.Type == EntityType.Person && m.Rule == "title-name").Select(m => m.Text)];

    [Theory]
    [InlineData("Wakil Menteri Luar Negeri Korea Utara, Im Chon Il, menyampaikan pesan.", "id", "Im Chon Il")]   // apposition with commas
    [InlineData("Duta Besar Rusia untuk Pyongyang, Alexander Matsegora, hadir.", "id", "Alexander Matsegora")]   // ambassador to a host
    [InlineData("Presiden Kenya Wanjiru Kamau tiba di Jakarta.", "id", "Wanjiru Kamau")]                          // title, country, name
    [InlineData("Sudan's army chief, General Abdel Karim al-Tayeb, spoke.", "en", "Abdel Karim al-Tayeb")]  // nested rank, particle
    [InlineData("Jane Doe, Canada's foreign minister, said so.", "en", "Jane Doe")]                              // English apposition
    public void Process_TitleBesideName_RecognisesPerson(string text, string language, string expected) =>
        Assert.Equal([expected], People(text, language));

    [Fact]
    public void Process_HeadlineCase_NoNameGuessed() =>
        Assert.Empty(People("Sekjen NATO Konfirmasi Kehadiran Pasukan Korea Utara di Rusia"));

    [Fact]
    public void Process_TitleWithoutName_NoPerson() =>
        Assert.Empty(People("Juru bicara Kremlin menolak berkomentar."));
}
