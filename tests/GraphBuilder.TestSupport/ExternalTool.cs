using Xunit;
namespace GraphBuilder.TestSupport;

/// <summary>
/// Gate for tests that need an external program (Jena, Virtuoso, Chromium, Node).
/// Locally a missing tool skips the test with the reason; under CI (CI=true) it fails,
/// so a green CI always means the real check ran.
/// </summary>
public static class ExternalTool
{
    public static bool UnderCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (under CI) when <paramref name="available"/> is false.</summary>
    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (UnderCi) throw new InvalidOperationException($"Required external tool missing under CI: {reason}");
        Console.WriteLine($"SKIPPED: {reason}");
        Skip.If(true, reason);
    }

    /// <summary>Finds an executable on PATH; null when absent.</summary>
    public static string? FindOnPath(string name)
    {
        if (Path.IsPathRooted(name)) return File.Exists(name) ? name : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
