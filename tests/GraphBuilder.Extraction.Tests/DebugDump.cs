using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.TestSupport;
using Xunit.Abstractions;

namespace GraphBuilder.Extraction.Tests;

public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var file = Environment.GetEnvironmentVariable("DUMP_FILE");
        if (file is null) return;
        foreach (var a in Ex.Read(file))
        {
            var d = Ex.Pipeline.Process(a);
            output.WriteLine($"lang={d.Language} date={d.Date}");
            foreach (var s in d.Sentences)
            {
                output.WriteLine($"[{s.Index}] {d.SentenceText(s.Index)}");
                foreach (var m in d.Mentions.Where(m => m.SentenceIndex == s.Index)) output.WriteLine($"    m {m.Text} -> {m.EntityId} ({m.Rule})");
                foreach (var r in d.Relations.Where(r => r.Evidence.SentenceIndex == s.Index)) output.WriteLine($"    R {r.SubjectId} {r.Predicate} {r.ObjectId} [{r.Evidence.Rule}] attr={r.Evidence.Attribution} date={r.Evidence.Date} conf={r.Evidence.Confidence}");
            }
        }
    }
}
