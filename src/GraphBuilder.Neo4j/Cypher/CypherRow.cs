using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// One row of an <c>UNWIND</c> batch: named values, in a fixed order. Values are strings, longs,
/// doubles, booleans, null, or lists of strings or doubles; anything else is rejected.
/// </summary>
public sealed class CypherRow
{
    private readonly ImmutableArray<KeyValuePair<string, object?>> _fields;

    public CypherRow(params ReadOnlySpan<(string Key, object? Value)> fields)
    {
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, object?>>(fields.Length);
        foreach (var (key, value) in fields)
        {
            if (value is not (null or string or long or int or double or bool or ImmutableArray<string> or ImmutableArray<double>))
                throw new ArgumentException($"Row field '{key}' has unsupported type {value.GetType().Name}.", nameof(fields));
            builder.Add(new(key, value is int i ? (long)i : value));
        }
        _fields = builder.MoveToImmutable();
    }

    public ImmutableArray<KeyValuePair<string, object?>> Fields => _fields;

    public object? this[string key] => _fields.First(f => f.Key == key).Value;
}
