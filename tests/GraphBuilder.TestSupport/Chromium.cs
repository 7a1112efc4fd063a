namespace GraphBuilder.TestSupport;

/// <summary>
/// Locates the machine's headless-capable Chromium (Debian package <c>chromium</c>). Tests drive it
/// with Playwright through its executable path; no tool may download a browser of its own.
/// </summary>
public static class Chromium
{
    /// <summary>Environment variable that points at a Chromium executable, overriding the search.</summary>
    public const string OverrideVariable = "GRAPHBUILDER_CHROMIUM";

    /// <summary>Flags that make Chromium quiet and offline-friendly in a sandbox-less container.</summary>
    public static readonly IReadOnlyList<string> Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public static string? Executable
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(OverrideVariable);
            if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
            foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
            {
                if (File.Exists(candidate)) return candidate;
            }
            return ExternalTool.FindOnPath("chromium") ?? ExternalTool.FindOnPath("chromium-browser");
        }
    }

    /// <summary>The executable; skips the test locally (fails under CI) when Chromium is not installed.</summary>
    public static string Require()
    {
        var executable = Executable;
        ExternalTool.Require(executable is not null, "headless Chromium is not installed (apt-get install -y chromium, or set GRAPHBUILDER_CHROMIUM)");
        return executable!;
    }
}
