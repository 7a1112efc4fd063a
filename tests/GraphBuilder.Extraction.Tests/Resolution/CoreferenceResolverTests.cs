using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Resolution;

public sealed class CoreferenceResolverTests
{
    private static string? IdOf(Core.Documents.Document doc, string text) =>
        doc.Mentions.FirstOrDefault(m => m.Text == text && m.EntityId is not null)?.EntityId;

    [Fact]
    public void Process_LaterShortForm_ResolvesToFullName()
    {
        var doc = Ex.Run("Menteri Luar Negeri Korea Utara, Choe Son Hui, tiba. Choe lalu berbicara.");
        Assert.Equal("person/choe-son-hui", doc.Mentions.Last(m => m.Text == "Choe").EntityId);
    }

    [Fact]
    public void Process_TransliterationVariant_JoinsSamePerson()
    {
        var doc = Ex.Run("Wakil Menteri Luar Negeri Korea Utara, Im Chon-il, hadir. Pembicaraan antara Matsegora dan Im Chong-il berlangsung.");
        Assert.Equal("person/im-chon-il", IdOf(doc, "Im Chong-il"));
        Assert.Single(doc.Entities, e => e.Type == EntityType.Person && e.Id == "person/im-chon-il");
    }

    [Fact]
    public void Process_ShortFormBeforeFullName_StaysUnresolved()
    {
        var doc = Ex.Run("Matsegora hadir. Duta Besar Rusia, Alexander Matsegora, berbicara.");
        Assert.Null(doc.Mentions.FirstOrDefault(m => m.Text == "Matsegora" && m.EntityId is not null));
    }

    [Fact]
    public void Process_SharedSurname_GoesToMostRecentPerson()
    {
        var doc = Ex.Run("Kim Jong Un tiba. Kim Yo Jong kemudian berbicara. Kim menegaskan sikapnya.");
        Assert.Equal("person/kim-yo-jong", doc.Mentions.Last(m => m.Text == "Kim").EntityId);
        Assert.Contains(doc.Entities, e => e.Id == "person/kim-jong-un");
    }

    [Fact]
    public void Process_NegaraTersebut_ResolvesToLatestCountry()
    {
        var doc = Ex.Run("Rusia menentang tekanan terhadap Korea Utara. Negara tersebut dikenai sanksi oleh PBB.");
        Assert.Equal("country/north-korea", IdOf(doc, "Negara tersebut"));
        Assert.Contains("organization/united-nations sanctions country/north-korea", Ex.Triples(doc));
    }

    [Fact]
    public void Process_RoleAnaphor_ResolvesToHolderNamedEarlier()
    {
        var doc = Ex.Run("Pemimpin Korea Utara Kim Jong Un tiba. Pemimpin Korea Utara itu lalu berbicara.");
        Assert.Equal("person/kim-jong-un", IdOf(doc, "Pemimpin Korea Utara itu"));
    }

    [Fact]
    public void Process_LeadersOfBothCountries_ResolveToBothLeaders()
    {
        var doc = Ex.Run("Pemimpin Korea Utara Kim Jong Un memuji Presiden Rusia Vladimir Putin. "
            + "Hubungan Korea Utara dan Rusia erat. Perjanjian itu ditandatangani oleh pemimpin kedua negara.");
        Assert.Contains("person/kim-jong-un signsAgreementWith person/vladimir-putin", Ex.Triples(doc));
    }

    [Fact]
    public void Process_Pronoun_ResolvesToPreviousSubject()
    {
        var doc = Ex.Run("Sergei Lavrov bertemu Kim Jong Un. Ia juga berterima kasih kepada Korea Utara.");
        Assert.Equal("person/sergei-lavrov", doc.Mentions.Single(m => m.Text == "Ia").EntityId);
        Assert.Contains("person/sergei-lavrov thanks country/north-korea", Ex.Triples(doc));
    }

    [Fact]
    public void Process_Keduanya_ResolvesToTheTwoPeopleNamedLast()
    {
        var doc = Ex.Run("Presiden Prancis Emmanuel Macron dan Kanselir Jerman Friedrich Merz bertemu di Paris. Keduanya sepakat untuk terus mendukung Ukraina.");
        var triples = Ex.Triples(doc);
        Assert.Contains("person/emmanuel-macron supports country/ukraine", triples);
        Assert.Contains("person/friedrich-merz supports country/ukraine", triples);
    }

    [Fact]
    public void Process_SpeakersWeInQuote_ResolvesToTheStateTheyServe()
    {
        var doc = Ex.Run("Japanese Foreign Minister Yoko Kamikawa arrived.\n\"We stand with the Philippines,\" Kamikawa told reporters.", "en");
        Assert.Equal("country/japan", doc.Mentions.Single(m => m.Text == "We").EntityId);
        Assert.Contains("country/japan supports country/philippines", Ex.Triples(doc));
    }

    [Fact]
    public void Process_WeOutsideQuote_StaysUnresolved()
    {
        var doc = Ex.Run("Japanese Foreign Minister Yoko Kamikawa arrived. We stand with the Philippines, Kamikawa told reporters.", "en");
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "We" && m.EntityId is not null);
    }

    [Fact]
    public void Process_Entities_HaveCanonicalNamesAliasesAndLinks()
    {
        var doc = Ex.Run("Korut dan Korea Utara sama. Presiden Kenya Wanjiru Kamau tiba.");
        var nk = doc.Entities.Single(e => e.Id == "country/north-korea");
        Assert.Equal("North Korea", nk.Name);
        Assert.Equal("Q423", nk.Wikidata);
        Assert.True(nk.FromGazetteer);
        Assert.Contains("Korut", nk.Aliases);
        var ruto = doc.Entities.Single(e => e.Id == "person/wanjiru-kamau");
        Assert.Null(ruto.Wikidata); // found by pattern: never linked
        Assert.False(ruto.FromGazetteer);
    }
}
