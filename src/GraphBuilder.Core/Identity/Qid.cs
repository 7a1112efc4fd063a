namespace GraphBuilder.Core.Identity;

/// <summary>Wikidata item ids: <c>Q</c> followed by a number without leading zeros (Q1, Q423), as shapes.ttl requires.</summary>
public static class Qid
{
    /// <summary>True when <paramref name="value"/> is a well-formed QID.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: >= 2 } && value[0] == 'Q' && value[1] != '0' && !value.AsSpan(1).ContainsAnyExceptInRange('0', '9');
}
