using GraphBuilder.Nlp.Evaluation;

namespace GraphBuilder.Nlp.Tests.Evaluation;

public class BioDecoderTests
{
    private static string Spans(string tags) =>
        string.Join(" ", BioDecoder.Decode(tags.Split(' ')).Select(s => $"{s.Type}[{s.Start},{s.End})"));

    [Theory]
    [InlineData("B-PER I-PER O B-LOC", "PER[0,2) LOC[3,4)")]   // plain BIO
    [InlineData("B-PER B-PER", "PER[0,1) PER[1,2)")]           // adjacent entities
    [InlineData("O I-LOC I-LOC O", "LOC[1,3)")]                // I- after O starts an entity (conlleval)
    [InlineData("B-PER I-LOC", "PER[0,1) LOC[1,2)")]           // type change starts a new entity
    [InlineData("O O", "")]                                    // none
    [InlineData("B-ORG I-ORG I-ORG", "ORG[0,3)")]              // runs to the end
    public void Decode_Tags_ConllChunks(string tags, string expected) => Assert.Equal(expected, Spans(tags));
}
