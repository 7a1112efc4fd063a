using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class OutputDirectoryTests
{
    [Fact]
    public void WriteText_FailingWriter_KeepsPreviousFileIntactAndLeavesNoTemp()
    {
        using var dir = new TempDirectory();
        var output = new OutputDirectory(dir.Path);
        output.WriteText("graph.nt", w => w.Write("old content\n"));

        Assert.Throws<InvalidOperationException>(() => output.WriteText("graph.nt", w =>
        {
            w.Write("half of the new");
            w.Flush();
            throw new InvalidOperationException("disk on fire");
        }));

        Assert.Equal("old content\n", File.ReadAllText(dir.File("graph.nt")));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void WriteText_UsesUtf8WithoutBomAndLfNewlines()
    {
        using var dir = new TempDirectory();
        new OutputDirectory(dir.Path).WriteText("sub/x.txt", w => { w.WriteLine("Côte"); w.WriteLine("b"); });

        var bytes = File.ReadAllBytes(dir.File("sub/x.txt"));

        Assert.Equal("Côte\nb\n"u8.ToArray(), bytes);
    }
}
