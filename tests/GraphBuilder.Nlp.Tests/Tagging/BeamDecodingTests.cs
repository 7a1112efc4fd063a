using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Nlp.Tests.Tagging;

public class BeamDecodingTests
{
    // Three tags only, so a beam of 16 keeps every sequence of two words: on three-word sentences it is exact.
    private static readonly List<TaggedSentence> ThreeTags =
    [
        .. TinyCorpus.Sentences.Select(s => s.WithTags([.. s.Tags.Select(t => t == "O" ? t : t[..2] + "X")])),
    ];

    private static long Score(TaggerModel model, SentenceText sentence, int[] tags)
    {
        var buffer = new TokenFeatures[sentence.Count + 2 * FeatureExtractor.Pad];
        var cased = FeatureExtractor.Prepare(sentence, model.Lexicon, buffer);
        var features = new uint[FeatureExtractor.Count];
        long total = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            FeatureExtractor.Extract(buffer, sentence.Count, i, cased, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, features);
            foreach (var f in features) total += model.Weight((int)(f & model.Mask), tags[i]);
        }
        return total;
    }

    [Theory]
    [InlineData("Siti tiba kemarin")]
    [InlineData("kantor Telkom tutup")]
    [InlineData("Budi Santoso berkata")]
    [InlineData("di Medan Bandung")]
    public void Tag_WideBeam_FindsTheBestAllowedSequence(string text)
    {
        var model = PerceptronTrainer.Train(ThreeTags, new TrainingOptions { Iterations = 5, Bits = 12, BeamWidth = 16 }, "beam");
        var sentence = SentenceText.FromWords(text.Split(' '));
        var found = new Tagger(model).Tag(sentence);
        var best = long.MinValue;
        for (var code = 0; code < 27; code++)
        {
            int[] tags = [code % 3, code / 3 % 3, code / 9];
            if (!model.Tags.Allowed(-1, tags[0]) || !model.Tags.Allowed(tags[0], tags[1]) || !model.Tags.Allowed(tags[1], tags[2])) continue;
            best = Math.Max(best, Score(model, sentence, tags));
        }
        Assert.Equal(best, Score(model, sentence, found));
    }

    [Fact]
    public void Train_Beam_TagsItsOwnSentencesAndIsDeterministic()
    {
        var options = new TrainingOptions { Iterations = 8, Bits = 14, BeamWidth = 4 };
        var model = PerceptronTrainer.Train(TinyCorpus.Sentences, options, "tiny");
        Assert.Equal(4, model.BeamWidth);
        Assert.Equal(ModelFile.ToBytes(model), ModelFile.ToBytes(PerceptronTrainer.Train(TinyCorpus.Sentences, options, "tiny")));
        var tagger = new Tagger(ModelFile.FromBytes(ModelFile.ToBytes(model)));
        Assert.Equal(4, tagger.Model.BeamWidth);
        foreach (var s in TinyCorpus.Sentences)
            Assert.Equal(s.Tags, tagger.TagNames(SentenceText.FromWords(s.Words)));
        Assert.Equal(["B-PERSON", "O", "O", "B-LOC", "O"], tagger.TagNames(SentenceText.FromWords(["Joko", "berkata", "di", "Bandung", "."])));
    }

    [Fact]
    public void Train_BeamTooWide_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronTrainer.Train(TinyCorpus.Sentences, new TrainingOptions { BeamWidth = Tagger.MaxBeam + 1 }, "x"));
}
