using System.Net.Sockets;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class InputWalkerTests
{
    private static List<InputFile> Walk(IEnumerable<string> paths, params string[] excluded) =>
        new ArticleSource(excludedDirectories: excluded).Files(paths).ToList();

    [Fact]
    public void Walk_TwoSymlinkLoops_EndsAndReportsEachLoopOnce()
    {
        using var dir = new TempDirectory();
        dir.Write("a/one.txt", "Satu.");
        dir.Write("b/two.txt", "Dua.");
        Directory.CreateSymbolicLink(dir.File("a/loop"), dir.File("a"));   // a/loop -> a
        Directory.CreateSymbolicLink(dir.File("b/up"), dir.Path);          // b/up -> root

        var files = Walk([dir.Path]);

        Assert.Equal([dir.File("a/one.txt"), dir.File("b/two.txt")], files.Where(f => f.IsReadable).Select(f => f.Path));
        var skipped = files.Where(f => f.IsWarning).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.All(skipped, f => Assert.Contains("already visited", f.Reason));
    }

    [Fact]
    public void Walk_FifoAndSocketAmongInputs_AreReportedAndNeverOpened()
    {
        if (!OperatingSystem.IsLinux()) return; // stat(2) file types are a Linux mechanism here
        using var dir = new TempDirectory();
        dir.Write("good.txt", "Baik.");
        var fifo = dir.File("pipe.txt");
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [fifo]).ExitCode);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(dir.File("sock.md")));

        var inDirectory = Walk([dir.Path]);
        var asArgument = Walk([fifo]);

        Assert.Equal([dir.File("good.txt")], inDirectory.Where(f => f.IsReadable).Select(f => f.Path));
        Assert.Contains(inDirectory, f => f.Path == fifo && !f.IsWarning && f.Reason!.Contains("FIFO"));
        Assert.Contains(inDirectory, f => f.Path == dir.File("sock.md") && f.Reason!.Contains("socket"));
        Assert.Contains("FIFO", Assert.Single(asArgument).Reason);
    }

    [Fact]
    public void Walk_OutputDirectoryInsideInput_IsSkippedWithAMessage()
    {
        using var dir = new TempDirectory();
        dir.Write("article.txt", "Artikel.");
        dir.Write("out/graph.html", "<html><body><p>Rusia mendukung Korea Utara.</p></body></html>");

        var files = Walk([dir.Path], dir.File("out"));

        Assert.Equal([dir.File("article.txt")], files.Where(f => f.IsReadable).Select(f => f.Path));
        Assert.Contains("output directory", Assert.Single(files, f => !f.IsReadable).Reason);
    }

    [Fact]
    public void Walk_NestedDirectories_ReadsInOrdinalPathOrder()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "b.txt", "a/x.txt", "a-b.txt", "c/d/e.txt" }) dir.Write(name, "Teks.");

        var files = Walk([dir.Path]).Select(f => Path.GetRelativePath(dir.Path, f.Path)).ToList();

        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }
}
