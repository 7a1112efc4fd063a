using System.IO.Compression;

namespace GraphBuilder.TestSupport;

/// <summary>
/// Runs Apache Jena (Debian libapache-jena-java) as an oracle: riot validation and parsing,
/// SPARQL over files and SHACL. Builds the explicit classpath ORACLES.md asks for (a blanket
/// /usr/share/java/* has two SLF4J bindings) and works around the missing Xerces messages.
/// </summary>
public static class Jena
{
    private const string JavaDir = "/usr/share/java";

    private static readonly string[] JarPrefixes =
    [
        "jena-", "slf4j-api", "slf4j-simple", "guava", "commons-cli", "commons-codec", "commons-compress", "commons-csv",
        "commons-io", "commons-lang3", "dexx", "gson", "httpclient", "httpcore", "jackson-", "jakarta.json-api",
        "jsonld-java", "protobuf", "thrift", "titanium-json-ld",
    ];

    private static readonly Lazy<string?> ClasspathValue = new(BuildClasspath);

    /// <summary>True when java and Jena's jars are installed.</summary>
    public static bool Available => ExternalTool.FindOnPath("java") is not null && ClasspathValue.Value is not null;

    /// <summary>Skips locally / fails under CI when Jena is missing.</summary>
    public static void Require() =>
        ExternalTool.Require(Available, "Apache Jena not found (apt-get install -y libapache-jena-java)");

    public static string Classpath => ClasspathValue.Value ?? throw new InvalidOperationException("Jena is not installed.");

    /// <summary>Runs a Jena main class, e.g. riotcmd.riot.</summary>
    public static ProcessRunner.Result Run(string mainClass, params string[] arguments) =>
        ProcessRunner.Run("java", ["-Xshare:auto", "-cp", Classpath, mainClass, .. arguments], timeout: TimeSpan.FromMinutes(3));

    /// <summary>riot --validate; exit code 0 means no errors and no warnings.</summary>
    public static ProcessRunner.Result Validate(string file) => Run("riotcmd.riot", [.. SyntaxArgs(file), "--validate", file]);

    /// <summary>Parses <paramref name="file"/> with riot and returns it as N-Quads text.</summary>
    public static ProcessRunner.Result ToNQuads(string file) => Run("riotcmd.riot", [.. SyntaxArgs(file), "--output=nq", file]);

    /// <summary>arq.sparql over a data file, answers as CSV.</summary>
    public static ProcessRunner.Result Sparql(string dataFile, string queryFile) =>
        Run("arq.sparql", "--data", dataFile, "--query", queryFile, "--results=csv");

    /// <summary>shacl validate; the report (Turtle) is on stdout.</summary>
    public static ProcessRunner.Result Shacl(string shapesFile, string dataFile) =>
        Run("shacl.shacl", "validate", "--shapes", shapesFile, "--data", dataFile);

    private static string[] SyntaxArgs(string file) => file.EndsWith(".jsonld", StringComparison.Ordinal) ? ["--syntax=jsonld10"] : [];

    private static string? BuildClasspath()
    {
        if (!Directory.Exists(JavaDir)) return null;
        var jars = Directory.GetFiles(JavaDir, "*.jar")
            .Where(f => JarPrefixes.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal)))
            .Select(f => new FileInfo(f).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? f)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var core = jars.FirstOrDefault(j => Path.GetFileName(j).StartsWith("jena-core", StringComparison.Ordinal));
        if (core is null) return null;
        jars.Insert(0, XercesMessages(core));
        return string.Join(Path.PathSeparator, jars);
    }

    /// <summary>Copies jena-core's relocated Xerces .properties to the xerces/... path the classes look under.</summary>
    private static string XercesMessages(string jenaCore)
    {
        var dir = Path.Combine(Path.GetTempPath(), "graphbuilder-jena-xerces-" + new FileInfo(jenaCore).Length);
        if (Directory.Exists(dir)) return dir;
        var staging = dir + "." + Guid.NewGuid().ToString("N");
        using (var zip = ZipFile.OpenRead(jenaCore))
        {
            const string prefix = "org/apache/jena/ext/";
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(prefix + "xerces/", StringComparison.Ordinal) && e.FullName.EndsWith(".properties", StringComparison.Ordinal)))
            {
                var target = Path.Combine(staging, entry.FullName[prefix.Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }
        try { Directory.Move(staging, dir); }
        catch (IOException) { Directory.Delete(staging, recursive: true); }
        return dir;
    }
}
