using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Relations;

public sealed class ContextOwnerTests
{
    [Theory]
    // a delegation names the state of the bare titles after it; its head leads the delegation, not the state
    [InlineData("id", "Delegasi Mesir dalam perundingan dipimpin oleh Menteri Pertahanan Ahmad Fathi.", "person/ahmad-fathi officialOf country/egypt")]
    [InlineData("id", "Sementara wakil Kenya terdiri dari Menteri Energi Daniel Otieno dan Kepala Intelijen Peter Mwangi.", "person/daniel-otieno officialOf country/kenya|person/peter-mwangi officialOf country/kenya")]
    [InlineData("en", "The Chilean delegation included Finance Minister Pablo Rojas.", "person/pablo-rojas officialOf country/chile")]
    public void Process_BareTitleAfterDelegation_GetsTheDelegationsState(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Ex.Triples(Ex.Run(text, language)));

    [Fact]
    public void Process_BareOfficialInIndonesianNews_IsOfTheHomeStateWhenTheArticleNamesIt()
    {
        var doc = Ex.Run("Indonesia menyambut tamu dari Tokyo.\n\nPresiden menunjuk Menteri Investasi Budi Hartono dan Menko Pangan Agus Salim untuk mendampingi.", "id");
        Assert.Contains("person/budi-hartono officialOf country/indonesia", Ex.Triples(doc));
        Assert.Contains("person/agus-salim officialOf country/indonesia", Ex.Triples(doc));
    }

    [Theory]
    // another state in the sentence: the bare title may be its official, so no owner is guessed
    [InlineData("id", "Indonesia menyambut tamu.\n\nMenteri Investasi Budi Hartono bertemu Duta Besar Jepang di Jakarta.")]
    // the article never names the home state (nor its capital)
    [InlineData("id", "Menteri Investasi Budi Hartono tiba di bandara pada Senin.")]
    // English news has no home state
    [InlineData("en", "Indonesia welcomed the plan.\n\nInvestment Minister Budi Hartono arrived in Jakarta.")]
    public void Process_BareOfficialWithoutClearContext_GetsNoOwner(string language, string text) =>
        Assert.DoesNotContain(Ex.Triples(Ex.Run(text, language)), t => t.StartsWith("person/budi-hartono officialOf", StringComparison.Ordinal));

    [Fact]
    public void Process_BothHeadsOfState_AreTheTwoLeadersNotTheLastTwoPeople()
    {
        var doc = Ex.Run("Presiden Prancis Emmanuel Macron menyambut Kanselir Jerman Friedrich Merz di Paris. "
                         + "Menteri Luar Negeri Prancis Jean Dupont dan Menteri Keuangan Jerman Hans Weber turut hadir. "
                         + "Kedua kepala negara kemudian melakukan pertemuan tertutup.", "id");
        var meets = Ex.Triples(doc).Where(t => t.Contains(" meets ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["person/emmanuel-macron meets person/friedrich-merz"], meets);
    }
}
