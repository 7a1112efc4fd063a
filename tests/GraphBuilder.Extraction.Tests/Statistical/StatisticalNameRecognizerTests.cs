using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Statistical;
using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Extraction.Tests.Statistical;

public class StatisticalNameRecognizerTests
{
    // A hand-made model that has learned these exact sentences (including a wrong label for a gazetteer person).
    private static readonly Lazy<Tagger> Tiny = new(() => new Tagger(PerceptronTrainer.Train(
    [
        S("Bank Sentosa membuka kantor di Kota Lorem .", "B-ORG I-ORG O O O B-LOC I-LOC O"),
        S("Vladimir Putin membuka kantor di Kota Lorem .", "B-ORG I-ORG O O O B-LOC I-LOC O"),
        S("Budi Hartono membuka kantor .", "B-PERSON I-PERSON O O O"),
    ], new TrainingOptions { Iterations = 10, Bits = 14 }, "tiny")));

    private static TaggedSentence S(string words, string tags) => new(words.Split(' '), tags.Split(' '));

    private static Core.Documents.Document Run(string text, Tagger tagger, string language = "id") =>
        ExtractionPipelineBuilder.Build(Ex.Data, "id", new NlpModels(new Dictionary<string, Tagger> { ["id"] = tagger }, new Dictionary<string, Tagger>()))
            .Process(Ex.Article(text, language));

    [Fact]
    public void Process_NameOnlyTheModelKnows_OrganizationWithStableIdAndNoWikidata()
    {
        var doc = Run("Bank Sentosa membuka kantor di Kota Lorem .", Tiny.Value);
        var bank = Assert.Single(doc.Mentions, m => m.Text == "Bank Sentosa");
        Assert.Equal((EntityType.Organization, StatisticalNameRecognizer.Rule), (bank.Type, bank.Rule));
        var entity = Assert.Single(doc.Entities, e => e.Id == "organization/bank-sentosa");
        Assert.Null(entity.Wikidata);
        Assert.False(entity.FromGazetteer);
        Assert.Contains(doc.Entities, e => e.Id == "location/kota-lorem" && e.Type == EntityType.Location);
    }

    [Fact]
    public void Process_ModelPerson_CoreferenceGivesIdFromNameAndType()
    {
        var doc = Run("Budi Hartono membuka kantor .", Tiny.Value);
        Assert.Contains(doc.Entities, e => e.Id == "person/budi-hartono" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Process_GazetteerMatchesSameSpan_GazetteerWins()
    {
        var doc = Run("Vladimir Putin membuka kantor di Kota Lorem .", Tiny.Value);
        var putin = Assert.Single(doc.Mentions, m => m.Text == "Vladimir Putin");
        Assert.Equal(EntityType.Person, putin.Type);
        Assert.StartsWith("gazetteer", putin.Rule);
        Assert.Contains(doc.Entities, e => e.Id == putin.EntityId && e.Wikidata == "Q7747");
    }

    [Fact]
    public void Process_LanguageWithoutModel_NoModelMentions()
    {
        var doc = Run("Bank Sentosa membuka kantor di Kota Lorem .", Tiny.Value, language: "en");
        Assert.DoesNotContain(doc.Mentions, m => m.Rule == StatisticalNameRecognizer.Rule);
    }

    [Fact]
    public void Process_CommittedModel_FindsOfficialAndPlaceNoListKnows()
    {
        var models = NlpModels.Load(Path.Combine(RepoPaths.Ontology, "models"), ["id"], partsOfSpeech: false);
        var doc = Run("Juru bicara Kementerian Kelautan dan Perikanan, Wahyu Muryadi, mengatakan kapal itu ditangkap di perairan Natuna.", models.Names["id"]);
        var found = doc.Mentions.Where(m => m.Rule == StatisticalNameRecognizer.Rule).Select(m => $"{m.Type}:{m.Text}").ToList();
        Assert.True(found.Contains("Person:Wahyu Muryadi"), string.Join(", ", found));
        Assert.True(found.Contains("Location:Natuna"), string.Join(", ", found));
    }
}
