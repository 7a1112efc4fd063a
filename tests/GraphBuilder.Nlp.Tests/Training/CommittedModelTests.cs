using GraphBuilder.TestSupport;
using GraphBuilder.Nlp.Clustering;
using GraphBuilder.Nlp.Evaluation;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Nlp.Tests.Training;

/// <summary>
/// The committed models against the public test splits, and their reproduction from ../shared/data. The floors are
/// the scores the committed models reach (docs/nlp.md), rounded down: a change that makes a model worse fails here.
/// </summary>
public class CommittedModelTests
{
    [SkippableTheory]
    [InlineData("ner-id.gbtm", "indonlu-nergrit/test.txt", 0.70)]
    [InlineData("ner-id.gbtm", "indonlu-nerp/test.txt", 0.82)]
    [InlineData("ner-en.gbtm", "uner-en-ewt/en_ewt-ud-test.iob2", 0.50)]
    public void NerModel_PublicTestSplit_EntityF1AboveFloor(string model, string gold, double floor)
    {
        var data = SharedData.Require(gold);
        var file = (ModelRecipes.All.SelectMany(r => r.Test).First(t => t.RelativePath == gold));
        var score = TaggerEvaluation.Ner(new Tagger(ModelFile.Read(SharedData.Model(model))), file.Read(data)).Overall;
        Console.WriteLine($"{model} on {gold}: {score.Format()}");
        Assert.True(score.F1 >= floor, $"{model} on {gold}: F1 {score.F1:0.000} < {floor}");
    }

    [SkippableTheory]
    [InlineData("ud-id-gsd/id_gsd-ud-test.conllu", 0.914)]
    [InlineData("ud-id-csui/id_csui-ud-test.conllu", 0.95)]
    public void PosModel_UdTestSplit_AccuracyAboveFloor(string gold, double floor)
    {
        var data = SharedData.Require(gold);
        var file = ModelRecipes.IndonesianPos.Test.First(t => t.RelativePath == gold);
        var (correct, total) = TaggerEvaluation.Pos(new Tagger(ModelFile.Read(SharedData.Model("pos-id.gbtm"))), file.Read(data));
        Console.WriteLine($"pos-id on {gold}: accuracy {(double)correct / total:0.0000}");
        Assert.True((double)correct / total >= floor, $"pos-id on {gold}: accuracy {(double)correct / total:0.0000} < {floor}");
    }

    [SkippableFact]
    public void Build_ClusterRecipe_ReproducesCommittedWordClassFilesByteForByte()
    {
        var recipe = ModelRecipes.IndonesianClusters;
        var data = SharedData.Require(recipe.Sources[0].RelativePath);
        var (clusters, casing) = recipe.Build(data);
        foreach (var (file, text) in new[] { (recipe.FileName, clusters.ToTsv()), (recipe.CaseFileName, casing.ToTsv()) })
            Assert.True(text == File.ReadAllText(SharedData.Model(file)),
                $"clustering {data} does not reproduce ontology/models/{file}; run 'graphbuilder train' and commit the result");
    }

    [SkippableTheory]
    [InlineData("ner-id", "indonlu-nergrit/train.txt")]
    [InlineData("pos-id", "ud-id-csui/id_csui-ud-train.conllu")]
    [InlineData("ner-en", "uner-en-ewt/en_ewt-ud-dev.iob2")]
    public void Train_Recipe_ReproducesCommittedModelByteForByte(string name, string someInput)
    {
        var data = SharedData.Require(someInput);
        var recipe = ModelRecipes.All.Single(r => r.Name == name);
        var words = ModelRecipes.IndonesianClusters;
        var lexicon = recipe.Lexicon(
            WordClusters.Read(SharedData.Model(words.FileName)), CaseProfile.Read(SharedData.Model(words.CaseFileName)), RepoPaths.Ontology);
        var trained = ModelFile.ToBytes(PerceptronTrainer.Train(recipe.TrainingData(data), recipe.Options, recipe.Description, lexicon));
        Assert.True(trained.AsSpan().SequenceEqual(File.ReadAllBytes(SharedData.Model(recipe.FileName))),
            $"training {name} from {data} does not reproduce ontology/models/{recipe.FileName}; run 'graphbuilder train' (which also reads the ontology's name lists) and commit the result");
    }
}
