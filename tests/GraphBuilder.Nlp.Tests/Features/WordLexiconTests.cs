using GraphBuilder.Nlp.Clustering;
using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Nlp.Tests.Features;

public class WordLexiconTests
{
    private static readonly WordClusters Clusters = new(["jakarta", "medan"], [[3, 1, 0], [3, 1, 0]]);
    private static readonly CaseProfile Casing = new([KeyValuePair.Create("jakarta", 4), KeyValuePair.Create("surabaya", 4)]);

    [Fact]
    public void Find_AnyCase_ReturnsClassesCaseAndNameBits()
    {
        var lexicon = WordLexicon.Build(Clusters, Casing, [("org", "Bank Mandiri"), ("loc", "Jakarta")]);
        var jakarta = lexicon.Values(lexicon.Find("JAKARTA")).ToArray();
        Assert.Equal([4u, 2u, 1u, 4u, 1u << 2], jakarta); // classes + 1, case 4, "loc" (list 1) first word
        var mandiri = lexicon.Values(lexicon.Find("Mandiri")).ToArray();
        Assert.Equal([0u, 0u, 0u, 0u, 1u << 1], mandiri); // "org" (list 0), a later word
        Assert.Equal(-1, lexicon.Find("bogor"));
        Assert.Equal(["org", "loc"], lexicon.NameLists);
    }

    [Fact]
    public void Extract_WordsInTheSameCluster_ShareTheClusterFeatures()
    {
        var lexicon = WordLexicon.Build(Clusters, null, null);
        uint[] Features(string word)
        {
            var words = new[] { "di", word, "kemarin" };
            var buffer = new TokenFeatures[words.Length + 2 * FeatureExtractor.Pad];
            var cased = FeatureExtractor.Prepare(SentenceText.FromWords(words), lexicon, buffer);
            var output = new uint[FeatureExtractor.Count];
            FeatureExtractor.Extract(buffer, words.Length, 1, cased, -1, -1, output);
            return output;
        }
        var jakarta = Features("jakarta");
        var medan = Features("medan");
        var bogor = Features("bogor");
        Assert.NotEqual(jakarta[1], medan[1]);   // different words
        Assert.Equal(jakarta[25], medan[25]);    // same fine class
        Assert.NotEqual(jakarta[25], bogor[25]); // bogor has none
    }

    [Fact]
    public void ModelFile_ModelWithLexicon_RoundTripsTheLexicon()
    {
        var lexicon = WordLexicon.Build(Clusters, Casing, [("loc", "Jakarta Raya")]);
        var model = PerceptronTrainer.Train(TinyCorpus.Sentences, new TrainingOptions { Iterations = 3, Bits = 12 }, "tiny", lexicon);
        var loaded = ModelFile.FromBytes(ModelFile.ToBytes(model));
        Assert.Equal(lexicon.Words, loaded.Lexicon.Words);
        Assert.Equal(lexicon.NameLists, loaded.Lexicon.NameLists);
        Assert.Equal(lexicon.Values(lexicon.Find("raya")).ToArray(), loaded.Lexicon.Values(loaded.Lexicon.Find("raya")).ToArray());
        Assert.Equal(ModelFile.ToBytes(model), ModelFile.ToBytes(loaded));
    }

    [Fact]
    public void Constructor_UpperCaseWord_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WordLexicon(["Jakarta"], new uint[WordLexicon.Slots], []));
    }
}
