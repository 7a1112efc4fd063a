using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Nlp.Tests.Training;

public class PerceptronTrainerTests
{
    private static readonly TrainingOptions Small = new() { Iterations = 8, Bits = 14 };

    [Fact]
    public void Train_SameDataTwice_ByteIdenticalModels()
    {
        var a = ModelFile.ToBytes(PerceptronTrainer.Train(TinyCorpus.Sentences, Small, "tiny"));
        var b = ModelFile.ToBytes(PerceptronTrainer.Train(TinyCorpus.Sentences, Small, "tiny"));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Train_TinyCorpus_TagsItsOwnSentences()
    {
        var tagger = new Tagger(PerceptronTrainer.Train(TinyCorpus.Sentences, Small, "tiny"));
        foreach (var s in TinyCorpus.Sentences)
            Assert.Equal(s.Tags, tagger.TagNames(SentenceText.FromWords(s.Words)));
    }

    [Fact]
    public void Train_TinyCorpus_GeneralisesToUnseenNameInKnownContext()
    {
        var tagger = new Tagger(PerceptronTrainer.Train(TinyCorpus.Sentences, Small, "tiny"));
        var tags = tagger.TagNames(SentenceText.FromWords(["Joko", "berkata", "di", "Bandung", "."]));
        Assert.Equal(["B-PERSON", "O", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Train_TagsFromCorpus_OIsFirstAndSetIsBio()
    {
        var model = PerceptronTrainer.Train(TinyCorpus.Sentences, Small, "tiny");
        Assert.Equal("O", model.Tags.Names[0]);
        Assert.True(model.Tags.IsBio);
    }

    [Fact]
    public void Train_SeveralRuns_AveragesDifferentOrdersDeterministically()
    {
        var one = ModelFile.ToBytes(PerceptronTrainer.Train(TinyCorpus.Sentences, Small, "tiny"));
        var three = ModelFile.ToBytes(PerceptronTrainer.Train(TinyCorpus.Sentences, Small with { Runs = 3 }, "tiny"));
        Assert.NotEqual(one, three);
        Assert.Equal(three, ModelFile.ToBytes(PerceptronTrainer.Train(TinyCorpus.Sentences, Small with { Runs = 3 }, "tiny")));
        var tagger = new Tagger(ModelFile.FromBytes(three));
        foreach (var s in TinyCorpus.Sentences)
            Assert.Equal(s.Tags, tagger.TagNames(SentenceText.FromWords(s.Words)));
    }

    [Fact]
    public void Train_ZeroRuns_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronTrainer.Train(TinyCorpus.Sentences, Small with { Runs = 0 }, "none"));

    [Fact]
    public void Train_NoSentences_Throws() =>
        Assert.Throws<ArgumentException>(() => PerceptronTrainer.Train([], Small, "empty"));
}
