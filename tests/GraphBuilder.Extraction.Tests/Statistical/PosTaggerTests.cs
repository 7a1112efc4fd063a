using GraphBuilder.Extraction.Statistical;
using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Extraction.Tests.Statistical;

public class PosTaggerTests
{
    private static readonly Lazy<NlpModels> Models = new(() => NlpModels.Load(Path.Combine(RepoPaths.Ontology, "models"), [], partsOfSpeech: true));

    [Fact]
    public void Process_IndonesianSentence_OneUposTagPerToken()
    {
        var doc = ExtractionPipelineBuilder.Build(Ex.Data, "id", Models.Value)
            .Process(Ex.Article("Presiden Joko Widodo mengatakan di Jakarta pada hari Senin.", "id"));
        Assert.Equal(doc.Tokens.Length, doc.PosTags.Length);
        var tags = doc.Tokens.Select((t, i) => $"{doc.Text[t.Start..t.End]}/{doc.PosTags[i]}").ToList();
        Assert.Contains("di/ADP", tags);
        Assert.Contains("Jakarta/PROPN", tags);
        Assert.True(tags.Contains("mengatakan/VERB"), string.Join(" ", tags));
        Assert.Contains("./PUNCT", tags);
    }

    [Fact]
    public void Process_NoModelForLanguage_TagsStayEmpty()
    {
        var doc = ExtractionPipelineBuilder.Build(Ex.Data, "id", Models.Value)
            .Process(Ex.Article("The president arrived in Jakarta on Monday.", "en"));
        Assert.True(doc.PosTags.IsEmpty);
    }
}
