using BenchmarkDotNet.Running;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- throughput [--mb N] [--no-models] [--pos]` measures the whole
/// ingest path (read + extract + accumulate) on a generated corpus; any other arguments go to BenchmarkDotNet
/// (e.g. `-- --filter '*'`). `-- neo4j` loads a generated corpus through the strict fake Query API; `scale --mb 50` runs the
/// real CLI on a many-entity corpus with 1 and 2 workers (see docs/performance.md).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput") return ThroughputRun.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "scale") return ScaleRun.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "components") return ComponentTimingRun.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "tagger") return TaggerSpeedRun.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "pipeline-ner") return PipelineNerRun.Execute(args[1..]);
        if (args.Length > 0 && args[0] == "neo4j") return Neo4jLoadRun.Execute(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
