using GraphBuilder.Nlp.Clustering;
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

    /// <summary>
    /// Indonesian word classes from the token columns of every Indonesian train and dev split here (NERGRIT, NERP,
    /// POSP, UD GSD dev, UD CSUI train); no test split is read.
    /// </summary>
    public static readonly ClusterRecipe IndonesianClusters = new("clusters-id", "clusters-id.tsv", "case-id.tsv",
        [
            NergritTrain, new("nergrit-valid", "indonlu-nergrit/valid.txt", CorpusFormat.Tabbed, Ner: false),
            NerpTrainRaw, new("nerp-valid", "indonlu-nerp/valid.txt", CorpusFormat.Tabbed, Ner: false),
            new("posp-train", "indonlu-posp/train.txt", CorpusFormat.Tabbed, Ner: false),
            new("posp-valid", "indonlu-posp/valid.txt", CorpusFormat.Tabbed, Ner: false),
            GsdDev, CsuiTrain,
        ],
        new ClusterOptions());

    /// <summary>
    /// The ontology's names for the NER model's membership features: gazetteer people (and office holders),
    /// organisations, places (countries with their capitals, other locations), demonyms, and the Indonesian title
    /// phrases, forms of address and portfolio words.
    /// </summary>
    public static readonly IReadOnlyList<NameSource> IndonesianNames =
    [
        new("person", "gazetteer/people.tsv", [0, 1]),
        new("person", "gazetteer/offices.tsv", [0, 1]),
        new("org", "gazetteer/organizations.tsv", [0, 1, 2]),
        new("loc", "gazetteer/countries.tsv", [0, 1, 2, 4]),
        new("loc", "gazetteer/locations.tsv", [0, 1, 2]),
        new("demonym", "gazetteer/countries.tsv", [3]),
        new("title", "lexicon/id/titles.tsv", [1]),
        new("honorific", "lexicon/id/words.tsv", [1], "honorific"),
        new("portfolio", "lexicon/id/words.tsv", [1], "portfolio"),
    ];

    /// <summary>Indonesian PERSON/ORG/LOC: NERGRIT train (cased, given twice so the small cased corpus weighs more, plus a lower-cased copy) and NERP train (lower-cased, plus a title-cased copy).</summary>
    public static readonly ModelRecipe IndonesianNer = new(
        "ner-id", "ner-id.gbtm",
        "Indonesian NER (PERSON, ORG, LOC); trained on NERGRIT train (twice) + lower-cased copy, NERP train (PPL->PERSON, PLC->LOC; NERP annotates no ORG) + title-cased copy; word clusters and case profile from unlabelled train/dev text, ontology name lists; beam 4",
        data =>
        {
            var nergrit = NergritTrain.Read(data);
            var nerp = NerpTrainRaw.Read(data);
            return [.. nergrit, .. nergrit, .. nergrit.Select(CaseAugmentation.Lower), .. nerp.Select(NerTags.Map),
                .. nerp.Select(s => NerTags.Map(CaseAugmentation.TitleCaseEntities(s)))];
        },
        new TrainingOptions { Iterations = 10, Bits = 19, BeamWidth = 4 },
        [new("nergrit-valid", "indonlu-nergrit/valid.txt", CorpusFormat.Tabbed, true), new("nerp-valid", "indonlu-nerp/valid.txt", CorpusFormat.Tabbed, true)],
        [new("nergrit-test", "indonlu-nergrit/test.txt", CorpusFormat.Tabbed, true), new("nerp-test", "indonlu-nerp/test.txt", CorpusFormat.Tabbed, true)])
    {
        UsesClusters = true,
        Names = IndonesianNames,
    };

    /// <summary>Indonesian UPOS: UD Indonesian-CSUI train + UD Indonesian-GSD dev (GSD's train split is not available).</summary>
    public static readonly ModelRecipe IndonesianPos = new(
        "pos-id", "pos-id.gbtm",
        "Indonesian UPOS; trained on UD Indonesian-CSUI train + UD Indonesian-GSD dev; word clusters and case profile from unlabelled train/dev text; beam 4, 4 averaged runs",
        data => [.. CsuiTrain.Read(data), .. GsdDev.Read(data)],
        new TrainingOptions { Iterations = 10, Bits = 17, Runs = 4, BeamWidth = 4 },
        [],
        [new("ud-gsd-test", "ud-id-gsd/id_gsd-ud-test.conllu", CorpusFormat.ConlluUpos, false), new("ud-csui-test", "ud-id-csui/id_csui-ud-test.conllu", CorpusFormat.ConlluUpos, false)])
    {
        UsesClusters = true,
    };

    /// <summary>English PERSON/ORG/LOC from Universal NER EWT. Only dev and test are available: trained on dev, scored on test.</summary>
    public static readonly ModelRecipe EnglishNer = new(
        "ner-en", "ner-en.gbtm",
        "English NER (PERSON, ORG, LOC); trained on Universal NER English-EWT dev (the train split is not available), scored on its test; beam 4",
        data => UnerDev.Read(data),
        new TrainingOptions { Iterations = 10, Bits = 19, BeamWidth = 4 },
        [],
        [new("uner-ewt-test", "uner-en-ewt/en_ewt-ud-test.iob2", CorpusFormat.ConlluNer, true)]);

    public static IReadOnlyList<ModelRecipe> All { get; } = [IndonesianNer, IndonesianPos, EnglishNer];
}
