using GraphBuilder.Nlp.Corpus;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Nlp.Tests.Corpus;

public class CorpusReaderTests
{
    [Fact]
    public void Read_Tabbed_SentencesSplitOnBlankLines()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Joko\tB-PERSON\ntiba\tO\n\nkota\tO\nmanado\tB-PLC\n\n\n");
        var s = CorpusReader.Read(path, CorpusReader.Detect(path, ner: true));
        Assert.Equal(2, s.Count);
        Assert.Equal(["kota", "manado"], s[1].Words);
        Assert.Equal(["O", "B-PLC"], s[1].Tags);
    }

    [Fact]
    public void Read_Conllu_SkipsCommentsMultiwordTokensAndEmptyNodes()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.conllu", "# text = Ia menyetujuinya\n1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_\n2-3\tmenyetujuinya\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmenyetujui\tsetuju\tVERB\t_\t_\t0\troot\t_\t_\n2.1\tx\tx\tX\t_\t_\t_\t_\t_\t_\n3\tnya\tnya\tPRON\t_\t_\t2\tobj\t_\t_\n\n");
        var s = Assert.Single(CorpusReader.Read(path, CorpusReader.Detect(path, ner: false)));
        Assert.Equal(["Ia", "menyetujui", "nya"], s.Words);
        Assert.Equal(["PRON", "VERB", "PRON"], s.Tags);
    }

    [Fact]
    public void Read_Iob2_TakesThirdColumn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.iob2", "# sent_id = 1\n1\tin\tO\t-\t-\n2\ttampa\tB-LOC\t-\tx\n3\tbay\tI-LOC\t-\tx\n\n");
        Assert.Equal(CorpusFormat.ConlluNer, CorpusReader.Detect(path, ner: true));
        var s = Assert.Single(CorpusReader.Read(path, CorpusFormat.ConlluNer));
        Assert.Equal(["O", "B-LOC", "I-LOC"], s.Tags);
    }

    [Fact]
    public void Read_MalformedLine_NamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.txt", "Joko\tB-PERSON\ntiba-tanpa-tab\n");
        var e = Assert.Throws<FormatException>(() => CorpusReader.Read(path, CorpusFormat.Tabbed));
        Assert.Contains(path + ":2:", e.Message);
    }

    [Theory]
    [InlineData("B-PPL", "B-PERSON")]      // NERP person
    [InlineData("I-PLC", "I-LOC")]         // NERP place
    [InlineData("B-ORGANISATION", "B-ORG")] // NERGRIT
    [InlineData("B-PLACE", "B-LOC")]       // NERGRIT
    [InlineData("I-PER", "I-PERSON")]      // Universal NER
    [InlineData("B-EVT", "O")]             // NERP event: dropped
    [InlineData("I-FNB", "O")]             // NERP food and beverage: dropped
    [InlineData("O", "O")]
    public void Map_CorpusLabels_OurTypes(string tag, string expected) => Assert.Equal(expected, NerTags.Map(tag));

    [Fact]
    public void TitleCaseEntities_LowerCasedSentence_CapitalisesFirstWordAndEntities()
    {
        var s = CaseAugmentation.TitleCaseEntities(new TaggedSentence(["kepala", "dinas", "manado", "amos", "kenda"], ["O", "O", "B-PLC", "B-PPL", "I-PPL"]));
        Assert.Equal(["Kepala", "dinas", "Manado", "Amos", "Kenda"], s.Words);
    }
}
