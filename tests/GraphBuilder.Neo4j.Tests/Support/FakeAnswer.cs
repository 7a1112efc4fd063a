using System.Text.Json;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>What the fake server answers: status, JSON body, optional delay and affinity header.</summary>
public sealed record FakeAnswer(int Status, string Body)
{
    public TimeSpan Delay { get; init; }
    public string? Affinity { get; init; }

    public static FakeAnswer Ok(string fields = "[]", string values = "[]") =>
        new(202, $$"""{"data":{"fields":{{fields}},"values":{{values}}},"bookmarks":["FB:test"]}""");

    public static FakeAnswer Count(long n) => Ok("""["n"]""", $"[[{n}]]");

    public static FakeAnswer Error(int status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":{{JsonSerializer.Serialize(code)}},"message":{{JsonSerializer.Serialize(message)}}}]}""");

    /// <summary>True for a 2xx answer without errors.</summary>
    public bool IsSuccess => Status is >= 200 and < 300 && !Body.Contains("\"errors\"", StringComparison.Ordinal);
}
