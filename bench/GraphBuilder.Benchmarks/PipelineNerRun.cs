using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Evaluation;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- pipeline-ner [--gold FILE] [--names LANGS]`: runs the whole extraction pipeline on each gold sentence as an
/// article and counts how many gold PERSON/ORG/LOC names come out as mentions of the right class with exactly the
/// gold span (LOC accepts Country). --names "" runs without the statistical recogniser.
/// </summary>
public static class PipelineNerRun
{
    public static int Execute(string[] args)
    {
        var root = ThroughputRun.FindRoot();
        var gold = Path.Combine(root, "..", "shared", "data", "indonlu-nergrit", "test.txt");
        var names = "id";
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--gold") gold = args[i + 1];
            if (args[i] == "--names") names = args[i + 1];
        }
        var pipeline = ExtractionPipelineBuilder.Build(new ExtractionOptions { OntologyDirectory = Path.Combine(root, "ontology"), StatisticalNames = names });
        var sentences = CorpusReader.Read(gold, CorpusReader.Detect(gold, ner: true)).Select(NerTags.Map).ToList();
        int expected = 0, found = 0, typed = 0;
        for (var n = 0; n < sentences.Count; n++)
        {
            var s = sentences[n];
            var text = string.Join(' ', s.Words);
            var starts = new int[s.Words.Length + 1];
            for (var i = 0; i < s.Words.Length; i++) starts[i + 1] = starts[i] + s.Words[i].Length + 1;
            var doc = pipeline.Process(new Article($"nergrit-{n}", "", text, gold) { Language = "id" });
            var mentions = doc.Mentions.Where(m => m.EntityId is not null).ToList();
            typed += mentions.Count;
            foreach (var e in BioDecoder.Decode(s.Tags))
            {
                expected++;
                var span = new TextSpan(starts[e.Start], starts[e.End] - 1);
                if (mentions.Any(m => m.Span == span && Matches(m.Type, e.Type))) found++;
            }
        }
        Console.WriteLine($"gold: {gold} ({sentences.Count} sentences as articles), statistical names: '{names}'");
        Console.WriteLine($"typed mentions with an entity: {typed}; gold names {expected}; found with exact span and class {found} (recall {(double)found / expected:F3})");
        return 0;
    }

    private static bool Matches(EntityType type, string label) => label switch
    {
        NerTags.Person => type == EntityType.Person,
        NerTags.Organization => type == EntityType.Organization,
        NerTags.Location => type is EntityType.Location or EntityType.Country,
        _ => false,
    };
}
