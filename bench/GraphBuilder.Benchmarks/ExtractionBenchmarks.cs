using System.Text;
using BenchmarkDotNet.Attributes;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Extraction alone (normalise .. qualify), single-threaded, on the five seeds and on a ~1 MB synthetic corpus of
/// seed-like articles (seed paragraphs recombined). MB/s = <see cref="CorpusMegabytes"/> / mean time of
/// <see cref="ExtractSyntheticCorpus"/>; the corpus size is printed at start.
/// Run: <c>dotnet run -c Release --project bench/GraphBuilder.Benchmarks -- --filter '*ExtractionBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExtractionBenchmarks
{
    private DocumentPipeline _pipeline = null!;
    private List<Article> _seeds = [];
    private List<Article> _corpus = [];

    /// <summary>Size of the synthetic corpus in UTF-8 megabytes.</summary>
    public double CorpusMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = ExtractionBenchmarkData.FindRoot();
        _pipeline = ExtractionPipelineBuilder.Build(new ExtractionOptions { OntologyDirectory = Path.Combine(root, "ontology") });
        var seedTexts = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        _seeds = [.. seedTexts.Select(t => new Article(ContentHash.ArticleId(t), "seed", t, "seed.txt"))];
        _corpus = ExtractionBenchmarkData.SyntheticCorpus(seedTexts, 1024 * 1024);
        CorpusMegabytes = _corpus.Sum(a => Encoding.UTF8.GetByteCount(a.Text)) / (1024.0 * 1024.0);
        Console.WriteLine($"// synthetic corpus: {_corpus.Count} articles, {CorpusMegabytes:0.00} MB");
    }

    [Benchmark(Description = "extract the five seeds")]
    public int ExtractSeeds() => _seeds.Sum(a => _pipeline.Process(a).Relations.Length);

    [Benchmark(Description = "extract ~1 MB synthetic corpus")]
    public int ExtractSyntheticCorpus() => _corpus.Sum(a => _pipeline.Process(a).Relations.Length);
}
