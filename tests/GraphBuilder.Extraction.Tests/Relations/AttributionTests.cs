using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>Who a sentence attributes its claim to, on hand-made sentences.</summary>
public sealed class AttributionTests
{
    private static string? AttributionOf(string sentence, Predicate predicate, string? language = null) =>
        Ex.Run(sentence, language).Relations.First(r => r.Predicate == predicate).Evidence.Attribution;

    [Theory]
    // A list of sources before a verb of saying: every source, not only the last.
    [InlineData("Reuters, AFP, Yonhap dan KCNA melaporkan Korea Utara mengirim pasukan ke Rusia.", "Reuters, Agence France-Presse, Yonhap, Korean Central News Agency")] // canonical names
    // After "menurut": every source of the list.
    [InlineData("Menurut Reuters, AFP dan Yonhap, Korea Utara mengirim pasukan ke Rusia.", "Reuters, Agence France-Presse, Yonhap")]
    // A single source stays as it was.
    [InlineData("Menurut Reuters, Korea Utara mengirim pasukan ke Rusia.", "Reuters")]
    public void Find_ListOfSources_KeepsEverySource(string sentence, string expected) =>
        Assert.Equal(expected, AttributionOf(sentence, Predicate.SendsTroopsTo, "id"));

    [Theory]
    // "demikian disampaikan X" after the claim.
    [InlineData("Korea Utara mengirim pasukan ke Rusia, demikian disampaikan Reuters.", "Reuters")]
    // The same without the comma, and with another verb of the same kind.
    [InlineData("Korea Utara mengirim pasukan ke Rusia demikian dikatakan Yonhap.", "Yonhap")]
    public void Find_DemikianDisampaikan_RecordsTheSource(string sentence, string expected) =>
        Assert.Equal(expected, AttributionOf(sentence, Predicate.SendsTroopsTo, "id"));

    [Theory]
    // English list: "Reuters, AFP and Yonhap reported ...".
    [InlineData("Reuters, AFP and Yonhap reported that North Korea sent troops to Russia.", "Reuters, Agence France-Presse, Yonhap")]
    [InlineData("According to Reuters and AFP, North Korea sent troops to Russia.", "Reuters, Agence France-Presse")]
    public void Find_EnglishListOfSources_KeepsEverySource(string sentence, string expected) =>
        Assert.Equal(expected, AttributionOf(sentence, Predicate.SendsTroopsTo, "en"));
}
