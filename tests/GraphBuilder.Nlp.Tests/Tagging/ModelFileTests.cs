using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;
using GraphBuilder.Nlp.Training;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Nlp.Tests.Tagging;

public class ModelFileTests
{
    private static readonly TaggerModel Model = PerceptronTrainer.Train(TinyCorpus.Sentences, new TrainingOptions { Iterations = 5, Bits = 12 }, "tiny model");

    [Fact]
    public void Read_WrittenModel_TagsAndBytesRoundTrip()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "tiny.gbtm");
        ModelFile.Write(Model, path);
        var loaded = ModelFile.Read(path);
        Assert.Equal(Model.Tags.Names, loaded.Tags.Names);
        Assert.Equal("tiny model", loaded.Description);
        Assert.Equal(ModelFile.ToBytes(Model), ModelFile.ToBytes(loaded));
        var sentence = SentenceText.FromWords(["Siti", "tiba", "di", "Jakarta", "."]);
        Assert.Equal(new Tagger(Model).Tag(sentence), new Tagger(loaded).Tag(sentence));
    }

    [Fact]
    public void FromBytes_OneByteFlipped_ReportsChecksum()
    {
        var bytes = ModelFile.ToBytes(Model);
        bytes[bytes.Length / 2] ^= 0x40;
        var e = Assert.Throws<InvalidDataException>(() => ModelFile.FromBytes(bytes));
        Assert.Contains("checksum", e.Message);
    }

    [Fact]
    public void FromBytes_Truncated_Throws()
    {
        var bytes = ModelFile.ToBytes(Model);
        Assert.Throws<InvalidDataException>(() => ModelFile.FromBytes(bytes[..(bytes.Length / 3)]));
    }

    [Fact]
    public void Read_ForeignFile_NamesFileAndReason()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "notes.gbtm");
        File.WriteAllText(path, "this is not a model, just some text");
        var e = Assert.Throws<InvalidDataException>(() => ModelFile.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("not a GraphBuilder tagger model", e.Message);
    }
}
