using System.Text.Json;

namespace GraphBuilder.TestSupport;

/// <summary>
/// Neo4j's own Cypher parser and semantic analysis, via tools/cypher-lint (npm
/// @neo4j-cypher/language-support). Guard tests with
/// <c>ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason)</c>.
/// </summary>
public static class CypherLint
{
    public static string ToolDirectory => Path.Combine(RepoPaths.Root, "tools", "cypher-lint");

    private static string? Node => ExternalTool.FindOnPath("node");

    public static bool IsAvailable =>
        Node is not null && Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "@neo4j-cypher", "language-support"));

    public static string MissingReason =>
        Node is null ? "node is not on PATH (needed for Neo4j's Cypher parser)"
            : $"Neo4j's Cypher parser is not installed: run `npm ci` in {ToolDirectory}";

    /// <summary>Lints one or more ';'-separated statements; returns the diagnostics (parameter warnings excluded).</summary>
    public static IReadOnlyList<CypherLintDiagnostic> Lint(string cypher)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        var result = ProcessRunner.Run(Node ?? throw new InvalidOperationException(MissingReason),
            [Path.Combine(ToolDirectory, "lint.mjs"), "-"], ToolDirectory, TimeSpan.FromMinutes(2), cypher);
        if (result.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"cypher-lint failed with exit code {result.ExitCode}: {result.StdErr}");
        return JsonSerializer.Deserialize<List<CypherLintDiagnostic>>(result.StdOut, Options)
            ?? throw new InvalidOperationException("cypher-lint printed no JSON: " + result.StdOut);
    }

    /// <summary>Only the errors, formatted for an assertion message.</summary>
    public static string Errors(string cypher) =>
        string.Join("\n", Lint(cypher).Where(d => d.Severity == "error").Select(d => d.ToString()));

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
}
