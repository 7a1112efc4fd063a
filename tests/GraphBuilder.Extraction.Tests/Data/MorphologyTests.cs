using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Extraction.Tests.Data;

public sealed class MorphologyTests
{
    private static readonly Morphology Indonesian = Morphology.Load(Path.Combine(RepoPaths.Ontology, "lexicon", "id", "morphology.tsv"));

    [Theory]
    [InlineData("meN:dukung", "mendukung|dukung|mendukungnya|dukungnya")]       // d: men-, kept
    [InlineData("meN:tuduh", "menuduh|tuduh|menuduhnya|tuduhnya")]              // t melts into men-
    [InlineData("meN:kirim+kan", "mengirimkan|kirimkan|mengirimkannya|kirimkannya")] // k melts into meng-; suffix kept
    [InlineData("meN:serang", "menyerang|serang|menyerangnya|serangnya")]       // s -> meny-
    [InlineData("meN:perang+i", "memerangi|perangi|memeranginya|peranginya")]   // p -> mem-
    [InlineData("meN:khianat+i", "mengkhianati|khianati|mengkhianatinya|khianatinya")] // kh is kept, not k
    [InlineData("meN:aku+i", "mengakui|akui|mengakuinya|akuinya")]              // vowel: meng-
    [InlineData("meN:laku+kan", "melakukan|lakukan|melakukannya|lakukannya")]   // l: me-
    [InlineData("di:tuduh", "dituduh|dituduhnya")]                              // passive: no bare stem
    [InlineData("ber:runding", "berunding|berundingnya")]                       // r: be-
    [InlineData("ber:temu", "bertemu|bertemunya")]
    [InlineData("pertemuan", "pertemuan")]                                      // a plain word is itself
    public void Forms_OfARoot_AreItsInflections(string word, string expected) =>
        Assert.Equal(expected.Split('|'), Indonesian.Forms(word));

    [Theory]
    [InlineData("xyz:dukung")] // unknown prefix
    [InlineData("meN:")]       // no root
    public void Forms_BadTag_Throws(string word) =>
        Assert.Throws<FormatException>(() => Indonesian.Forms(word).ToList());

    [Theory]
    // headline stems and clitic forms of cue verbs the lexicon lists only as roots
    [InlineData("Turki Tolak Agresi Israel", "country/turkey opposes country/israel")]
    [InlineData("Amerika Serikat kirimkan pasukan ke Polandia.", "country/united-states sendsTroopsTo country/poland")]
    [InlineData("Jepang menyepakati perjanjian dengan Vietnam.", "country/japan signsAgreementWith country/vietnam")]
    public void Process_InflectedCue_IsRecognisedByItsRoot(string text, string expected) =>
        Assert.Contains(expected, Ex.Triples(Ex.Run(text, "id")));
}
