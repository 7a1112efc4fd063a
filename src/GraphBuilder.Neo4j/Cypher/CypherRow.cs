using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// One row of an <c>UNWIND</c> batch (or a statement's named parameters): named values, in a fixed order.
/// Values are normalised once, here, to the few shapes the JSON and literal writers know: strings,
/// longs, doubles, booleans, null, lists of strings, longs or doubles, and lists of nested rows (maps).
/// Any <see cref="IEnumerable{T}"/> of those (arrays, lists, sets, immutable arrays) is accepted;
/// anything else is rejected here, at the call site, naming the field.
/// </summary>
public sealed class CypherRow
{
    private readonly ImmutableArray<KeyValuePair<string, object?>> _fields;

    public CypherRow(params ReadOnlySpan<(string Key, object? Value)> fields)
    {
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, object?>>(fields.Length);
        foreach (var (key, value) in fields)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            builder.Add(new(key, CypherValue.Normalise(key, value)));
        }
        _fields = builder.MoveToImmutable();
    }

    private CypherRow(ImmutableArray<KeyValuePair<string, object?>> fields) => _fields = fields;

    public ImmutableArray<KeyValuePair<string, object?>> Fields => _fields;

    public object? this[string key] => _fields.First(f => f.Key == key).Value;

    /// <summary>The same row with one field's value replaced (used to split a row's nested list).</summary>
    public CypherRow With(string key, object? value)
    {
        var index = _fields.IndexOf(_fields.First(f => f.Key == key));
        return new CypherRow(_fields.SetItem(index, new(key, CypherValue.Normalise(key, value))));
    }

    /// <summary>A cheap upper estimate of the row's size as JSON (UTF-8 bytes), for sizing batches by payload.</summary>
    public long EstimatedBytes
    {
        get
        {
            long bytes = 2;
            foreach (var (key, value) in _fields) bytes += key.Length + 4 + CypherValue.EstimatedBytes(value);
            return bytes;
        }
    }
}
