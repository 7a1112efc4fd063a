using System.Diagnostics;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- tagger [--data DIR] [--rounds N]`: model load time and single-thread tagging speed (tokens per second) of
/// each committed model over a public test split, per wall-clock second and per CPU second (the fair figure on a
/// shared machine). Needs ../shared/data.
/// </summary>
public static class TaggerSpeedRun
{
    public static int Execute(string[] args)
    {
        var root = ThroughputRun.FindRoot();
        var data = Path.Combine(root, "..", "shared", "data");
        var rounds = 20;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--data") data = args[i + 1];
            if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        }
        var runs = new (string Model, string Gold, CorpusFormat Format)[]
        {
            ("ner-id.gbtm", "indonlu-nergrit/test.txt", CorpusFormat.Tabbed),
            ("ner-id.gbtm", "indonlu-nerp/test.txt", CorpusFormat.Tabbed),
            ("pos-id.gbtm", "ud-id-gsd/id_gsd-ud-test.conllu", CorpusFormat.ConlluUpos),
            ("ner-en.gbtm", "uner-en-ewt/en_ewt-ud-test.iob2", CorpusFormat.ConlluNer),
        };
        foreach (var (modelFile, gold, format) in runs)
        {
            var path = Path.Combine(root, "ontology", "models", modelFile);
            var load = Stopwatch.StartNew();
            var tagger = new Tagger(ModelFile.Read(path));
            load.Stop();
            var sentences = CorpusReader.Read(Path.Combine(data, gold), format).Select(s => SentenceText.FromWords(s.Words)).ToList();
            var tokens = sentences.Sum(s => s.Count);
            var output = new int[sentences.Max(s => s.Count)];
            foreach (var s in sentences) tagger.Tag(s, output); // warm-up
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
                foreach (var s in sentences) tagger.Tag(s, output);
            clock.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"{modelFile,-12} {new FileInfo(path).Length / 1048576.0,5:F2} MB  load {load.Elapsed.TotalMilliseconds,6:F0} ms  " +
                $"{gold,-34} {tokens * (double)rounds / clock.Elapsed.TotalSeconds,10:N0} tokens/s wall, {tokens * (double)rounds / cpu,10:N0} tokens per CPU second (one thread)");
        }
        return 0;
    }
}
