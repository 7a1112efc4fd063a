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

/// <summary><see cref="Attribution.Find"/> on hand-made sentences with a small lexicon and hand-placed mentions.</summary>
public sealed class AttributionFindTests
{
    private static readonly GraphBuilder.Extraction.Data.LanguageLexicon Lexicon = Support.HandMade.Lexicon(
        words: ["attr-pre\taccording", "title-to\tto", "attr-post\tsaid", "attr-verb\tbelieve", "conj\tand", "skip\talso"]);

    private static string? Find(string sentence, string cue, params Support.HandMade.Mark[] marks)
    {
        var d = Support.HandMade.Document(sentence, marks);
        return GraphBuilder.Extraction.Relations.Attribution.Find(Support.HandMade.Context(d, Lexicon), Support.HandMade.Token(d, cue), u => d.Mentions.First(m => m.EntityId == u.Entities[0].Id).Text);
    }

    [Fact]
    public void Find_AccordingTo_TheSourceAfter() =>
        Assert.Equal("Reuters", Find("According to Reuters, France met Germany.", "met", Support.HandMade.Organization("Reuters"), Support.HandMade.Country("France"), Support.HandMade.Country("Germany")));

    [Fact]
    public void Find_SaidAfterClaim_TheSourceAfter() =>
        Assert.Equal("Reuters", Find("France met Germany, said Reuters.", "met", Support.HandMade.Country("France"), Support.HandMade.Country("Germany"), Support.HandMade.Organization("Reuters")));

    [Fact]
    public void Find_ListAfterSaid_EverySource() =>
        Assert.Equal("Reuters, Yonhap", Find("France met Germany, said Reuters and Yonhap.", "met", Support.HandMade.Country("France"), Support.HandMade.Country("Germany"), Support.HandMade.Organization("Reuters"), Support.HandMade.Organization("Yonhap")));

    [Fact]
    public void Find_VerbOfBelief_TheWordsBefore() =>
        Assert.Equal("Western officials", Find("Western officials believe France met Germany.", "met", Support.HandMade.Country("France"), Support.HandMade.Country("Germany")));

    [Fact]
    public void Find_NoCue_Null() =>
        Assert.Null(Find("France met Germany.", "met", Support.HandMade.Country("France"), Support.HandMade.Country("Germany")));
}
