using System.Globalization;
using GraphBuilder.Neo4j.Cypher;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// The "Neo4j" configuration section (keys Neo4j:Uri, Neo4j:Database, Neo4j:User, Neo4j:ConnectTimeoutSeconds,
/// Neo4j:RequestTimeoutSeconds, Neo4j:LoadTimeoutSeconds, Neo4j:WaitNoticeSeconds, Neo4j:MaxRetries, Neo4j:MaxBatchBytes), falling back
/// to NEO4J_URI, NEO4J_DATABASE and NEO4J_USER. The password is deliberately not a configuration key: it is
/// read only from --password or the environment (NEO4J_PASSWORD, GRAPHBUILDER__Neo4j__Password).
/// </summary>
public sealed record LoadNeo4jSettings(string Uri, string Database, string User, int RequestTimeoutSeconds, int MaxRetries)
{
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string PrefixedPasswordVariable = "GRAPHBUILDER__Neo4j__Password";

    /// <summary>Seconds allowed to open a connection (a server that is down or firewalled fails fast).</summary>
    public int ConnectTimeoutSeconds { get; init; } = 5;

    /// <summary>Seconds allowed for the whole load, retries included; 0 for no limit.</summary>
    public int LoadTimeoutSeconds { get; init; } = 3600;

    /// <summary>Seconds between "still waiting for Neo4j" notes while a request is unanswered.</summary>
    public int WaitNoticeSeconds { get; init; } = 10;

    /// <summary>Estimated parameter bytes per statement; a batch ends at this or at the batch size.</summary>
    public long MaxBatchBytes { get; init; } = WritePlan.DefaultMaxBatchBytes;

    public static LoadNeo4jSettings Bind(IConfiguration configuration)
    {
        var section = configuration.GetSection("Neo4j");
        return new LoadNeo4jSettings(
            section["Uri"] ?? Environment.GetEnvironmentVariable("NEO4J_URI") ?? "http://localhost:7474",
            section["Database"] ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            section["User"] ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Int(section["RequestTimeoutSeconds"], 120, "Neo4j:RequestTimeoutSeconds", min: 1),
            Int(section["MaxRetries"], 5, "Neo4j:MaxRetries", min: 0))
        {
            ConnectTimeoutSeconds = Int(section["ConnectTimeoutSeconds"], 5, "Neo4j:ConnectTimeoutSeconds", min: 1),
            WaitNoticeSeconds = Int(section["WaitNoticeSeconds"], 10, "Neo4j:WaitNoticeSeconds", min: 1),
            LoadTimeoutSeconds = Int(section["LoadTimeoutSeconds"], 3600, "Neo4j:LoadTimeoutSeconds", min: 0),
            MaxBatchBytes = Int(section["MaxBatchBytes"], (int)WritePlan.DefaultMaxBatchBytes, "Neo4j:MaxBatchBytes", min: 1024),
        };
    }

    /// <summary>The password from the command line, else the environment; null when none is set.</summary>
    public static string? Password(string? commandLine) =>
        commandLine ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? Environment.GetEnvironmentVariable(PrefixedPasswordVariable);

    /// <summary>True when a settings file (not the environment) tried to set a password, which is ignored.</summary>
    public static bool PasswordInSettingsFile(IConfiguration configuration) =>
        configuration["Neo4j:Password"] is not null && Environment.GetEnvironmentVariable(PrefixedPasswordVariable) is null;

    private static int Int(string? text, int fallback, string key, int min) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min ? value
        : throw new FormatException($"{key} must be a whole number >= {min}, got '{text}'");
}
