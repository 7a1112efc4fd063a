using GraphBuilder.Nlp.Corpus;

namespace GraphBuilder.Nlp.Training;

/// <summary>The committed models and how each is trained (`graphbuilder train`).</summary>
public static class ModelRecipes
{
    private static readonly CorpusFile NergritTrain = new("nergrit-train", "indonlu-nergrit/train.txt", CorpusFormat.Tabbed, Ner: true);
    private static readonly CorpusFile NerpTrainRaw = new("nerp-train", "indonlu-nerp/train.txt", CorpusFormat.Tabbed, Ner: false);
    private static readonly CorpusFile CsuiTrain = new("ud-csui-train", "ud-id-csui/id_csui-ud-train.conllu", CorpusFormat.ConlluUpos, Ner: false);
    private static readonly CorpusFile GsdDev = new("ud-gsd-dev", "ud-id-gsd/id_gsd-ud-dev.conllu", CorpusFormat.ConlluUpos, Ner: false);
    private static readonly CorpusFile UnerDev = new("uner-ewt-dev", "uner-en-ewt/en_ewt-ud-dev.iob2", CorpusFormat.ConlluNer, Ner: true);

    /// <summary>Indonesian PERSON/ORG/LOC: NERGRIT train (cased, given twice so the small cased corpus weighs more, plus a lower-cased copy) and NERP train (lower-cased, plus a title-cased copy).</summary>
    public static readonly ModelRecipe IndonesianNer = new(
        "ner-id", "ner-id.gbtm",
        "Indonesian NER (PERSON, ORG, LOC); trained on NERGRIT train (twice) + lower-cased copy, NERP train (PPL->PERSON, PLC->LOC; NERP annotates no ORG) + title-cased copy",
        data =>
        {
            var nergrit = NergritTrain.Read(data);
            var nerp = NerpTrainRaw.Read(data);
            return [.. nergrit, .. nergrit, .. nergrit.Select(CaseAugmentation.Lower), .. nerp.Select(NerTags.Map),
                .. nerp.Select(s => NerTags.Map(CaseAugmentation.TitleCaseEntities(s)))];
        },
        new TrainingOptions { Iterations = 10, Bits = 19 },
        [new("nergrit-valid", "indonlu-nergrit/valid.txt", CorpusFormat.Tabbed, true), new("nerp-valid", "indonlu-nerp/valid.txt", CorpusFormat.Tabbed, true)],
        [new("nergrit-test", "indonlu-nergrit/test.txt", CorpusFormat.Tabbed, true), new("nerp-test", "indonlu-nerp/test.txt", CorpusFormat.Tabbed, true)]);

    /// <summary>Indonesian UPOS: UD Indonesian-CSUI train + UD Indonesian-GSD dev (GSD's train split is not available).</summary>
    public static readonly ModelRecipe IndonesianPos = new(
        "pos-id", "pos-id.gbtm",
        "Indonesian UPOS; trained on UD Indonesian-CSUI train + UD Indonesian-GSD dev",
        data => [.. CsuiTrain.Read(data), .. GsdDev.Read(data)],
        new TrainingOptions { Iterations = 10, Bits = 17 },
        [],
        [new("ud-gsd-test", "ud-id-gsd/id_gsd-ud-test.conllu", CorpusFormat.ConlluUpos, false), new("ud-csui-test", "ud-id-csui/id_csui-ud-test.conllu", CorpusFormat.ConlluUpos, false)]);

    /// <summary>English PERSON/ORG/LOC from Universal NER EWT. Only dev and test are available: trained on dev, scored on test.</summary>
    public static readonly ModelRecipe EnglishNer = new(
        "ner-en", "ner-en.gbtm",
        "English NER (PERSON, ORG, LOC); trained on Universal NER English-EWT dev (the train split is not available), scored on its test",
        data => UnerDev.Read(data),
        new TrainingOptions { Iterations = 10, Bits = 19 },
        [],
        [new("uner-ewt-test", "uner-en-ewt/en_ewt-ud-test.iob2", CorpusFormat.ConlluNer, true)]);

    public static IReadOnlyList<ModelRecipe> All { get; } = [IndonesianNer, IndonesianPos, EnglishNer];
}
