using System.Net.Sockets;
using System.Text;

namespace GraphBuilder.Hostile;

/// <summary>
/// Generates the hostile input corpus (tests/hostile/README.md lists every case) into a directory:
/// bad encodings, special files, symlink loops, pathological sizes and shapes, injection attempts,
/// forged file names, republished duplicates. Nothing binary is committed; everything is made here.
/// Each case records the message the run must print for it.
/// </summary>
public sealed class HostileCorpus : IDisposable
{
    private readonly List<(string Path, string Message)> _expected = [];
    private Socket? _socket;

    private HostileCorpus(string root) => Root = root;

    public string Root { get; }

    /// <summary>The output directory, inside the corpus on purpose (it must never be read as input).</summary>
    public string Output => Path.Combine(Root, "out");

    /// <summary>Largest article the run is given (--set Ingest:MaxArticleBytes), so one case can exceed it cheaply.</summary>
    public const int MaxArticleBytes = 3_000_000;

    /// <summary>(path, text the run's stderr must contain for it).</summary>
    public IReadOnlyList<(string Path, string Message)> Expected => _expected;

    public static HostileCorpus Create(string root)
    {
        var corpus = new HostileCorpus(root);
        corpus.Generate();
        return corpus;
    }

    private void Generate()
    {
        Directory.CreateDirectory(Root);
        const string good = "Jakarta, 3 Juni 2024\nPresiden Joko Widodo bertemu Presiden Vladimir Putin di Moskow. Rusia mendukung Korea Utara.";
        Text("good.txt", "Berita baik\n" + good);
        // Escaping: quotes, backslashes, Cypher and HTML injection, line separators.
        Text("inject.md", "---\ntitle: \"Quote \\\" and </script><script>alert(1)</script>\"\nurl: https://example.org/a b<c>\"{}|^`\ndate: 2024-06-03\n---\n"
            + "Korea Utara mendukung Rusia. \"}]}'; MATCH (n) DETACH DELETE n // \\ \u2028 <img src=x onerror=alert(1)> ${x} {{y}}.\n");
        // Republished copies: same text, other metadata. The first in reading order is kept whole.
        for (var copy = 0; copy < 3; copy++)
            Text($"dup/copy{copy}.md", $"---\ntitle: copy {copy}\ndate: 2024-0{copy + 1}-01\n---\nRusia mengirim pasukan ke Ukraina. Korea Utara mendukung Rusia.\n");

        Bytes("binary.txt", [0x4B, 0x00, 0x4C], "binary content");
        Bytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 Rusia mendukung Korea."), "not valid UTF-8 at byte 3");
        Text("empty.txt", "  \n\n", "no article text");
        Text("unsupported.pdf", "%PDF-1.4"); // other file types inside a directory are not articles: ignored
        Text("too-big.txt", new string('a', MaxArticleBytes + 10), "over the 3,000,000-byte article limit");
        Text("nonchar.txt", "Judul\nRusia \uFFFE mendukung \u0001 Korea Utara.", "character(s) not allowed in text replaced by U+FFFD");
        Text("bad-date.md", "---\ndate: 2024-13-45\n---\nRusia mendukung Korea Utara.\n", "front matter date '2024-13-45' is not a date");
        Text("french.md", "---\nlang: fr\n---\nRussia supports North Korea, the minister said.\n", "declared language 'fr' is not supported");
        Text("regional.md", "---\nlang: en-US\n---\nThe United States supports Ukraine.\n");

        var jsonl = new MemoryStream();
        void Line(byte[] bytes) { jsonl.Write(bytes); jsonl.WriteByte((byte)'\n'); }
        Line("{\"text\":\"China mendukung Rusia.\",\"language\":\"id-ID\"}"u8.ToArray());
        Line([.. "{\"text\":\"Rusia "u8, 0xC3, 0x28, .. " x.\"}"u8]);
        Line("{broken json"u8.ToArray());
        Line("[1,2,3]"u8.ToArray());
        Line("{\"text\":42}"u8.ToArray());
        Line("{\"text\":\"Rusia \\ud800 mendukung.\"}"u8.ToArray());
        Line("{\"text\":\"Rusia mendukung Iran.\",\"published\":\"yesterday\"}"u8.ToArray());
        File.WriteAllBytes(Path.Combine(Root, "lines.jsonl"), jsonl.ToArray());
        Expect("lines.jsonl:2", "not valid UTF-8 at byte");
        Expect("lines.jsonl:3", "invalid JSON");
        Expect("lines.jsonl:4", "expected a JSON object");
        Expect("lines.jsonl:5", "field \"text\" must be a string");
        Expect("lines.jsonl:6", "without its pair");
        Expect("lines.jsonl:7", "\"published\" is not a date");

        // Pathological shapes within the size limit.
        Text("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Rusia mendukung Korea Utara.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>", "nests deeper than");
        Text("runon.txt", "Judul\n" + string.Join(' ', Enumerable.Range(0, 40_000).Select(i => (i % 9) switch { 0 => "Rusia", 4 => "mendukung", 8 => "Korea Utara", _ => "dan" })) + ".",
            "run-on sentence part(s) cut");

        // Names that try to forge output lines or colour the terminal.
        Bytes("forged\nerror: all good\u001b[32m.txt", [0], "forged\\nerror: all good\\x1B[32m.txt: binary content");
        Bytes("\u202Egnp.txt", [0], "\\u202Egnp.txt: binary content");

        // Inputs that never end: two symlink loops, a FIFO, a socket.
        Directory.CreateDirectory(Path.Combine(Root, "loops", "a"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "loops", "a", "self"), Path.Combine(Root, "loops", "a"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "loops", "up"), Root);
        Expect("loops/a/self", "already visited");
        Expect("loops/up", "already visited");
        if (OperatingSystem.IsLinux())
        {
            var fifo = Path.Combine(Root, "pipe.txt");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
            Expect("pipe.txt", "FIFO");
            _socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            _socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(Root, "socket.md")));
            Expect("socket.md", "socket");
        }

        // A previous run's output inside the input.
        Text("out/graph.html", "<html><body><p>Rusia menyerang Jepang.</p></body></html>");
        Expect("out", "is the output directory; not read as input");
    }

    private void Text(string name, string text, string? message = null) => Bytes(name, new UTF8Encoding(false).GetBytes(text), message);

    private void Bytes(string name, byte[] bytes, string? message = null)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        if (message is not null) Expect(name, message);
    }

    private void Expect(string name, string message) => _expected.Add((Path.Combine(Root, name), message));

    public void Dispose() => _socket?.Dispose();
}
