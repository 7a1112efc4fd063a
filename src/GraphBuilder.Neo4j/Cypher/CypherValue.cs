using System.Collections;
using System.Collections.Immutable;
using System.Text;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>The value shapes a <see cref="CypherRow"/> may hold, and the conversion of natural .NET values to them.</summary>
internal static class CypherValue
{
    /// <summary>
    /// null, string, long, double, bool, ImmutableArray of string, long, double or <see cref="CypherRow"/>.
    /// int/short/byte become long, float becomes double, any IEnumerable of those becomes an ImmutableArray.
    /// </summary>
    public static object? Normalise(string key, object? value) => value switch
    {
        null or string or long or double or bool => value,
        int or short or byte or uint or ushort or sbyte => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float f => (double)f,
        ImmutableArray<string> or ImmutableArray<long> or ImmutableArray<double> or ImmutableArray<CypherRow> => value,
        IEnumerable<string> strings => ImmutableArray.CreateRange(strings.Select(s => s ?? throw Unsupported(key, "a list holding null"))),
        IEnumerable<long> longs => ImmutableArray.CreateRange(longs),
        IEnumerable<int> ints => ImmutableArray.CreateRange(ints.Select(i => (long)i)),
        IEnumerable<double> doubles => ImmutableArray.CreateRange(doubles),
        IEnumerable<float> floats => ImmutableArray.CreateRange(floats.Select(f => (double)f)),
        IEnumerable<CypherRow> rows => ImmutableArray.CreateRange(rows),
        IEnumerable => throw Unsupported(key, $"a list of {ElementName(value)}"),
        _ => throw Unsupported(key, value.GetType().Name),
    };

    public static long EstimatedBytes(object? value) => value switch
    {
        null => 4,
        string s => Utf8(s),
        long or double => 24,
        bool => 5,
        ImmutableArray<string> list => 2 + list.Sum(s => Utf8(s) + 1),
        ImmutableArray<long> list => 2 + list.Length * 21L,
        ImmutableArray<double> list => 2 + list.Length * 25L,
        ImmutableArray<CypherRow> rows => 2 + rows.Sum(r => r.EstimatedBytes + 1),
        _ => 0,
    };

    private static string ElementName(object value) =>
        value.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0].Name ?? "objects";

    private static ArgumentException Unsupported(string key, string what) =>
        new($"Row field '{key}' has unsupported type {what}: use a string, number, bool, null, or a list of strings, numbers or rows.", "fields");

    // UTF-8 length plus quotes; escapes (rare: quotes, backslashes, control characters) are not counted.
    private static long Utf8(string s) => Encoding.UTF8.GetByteCount(s) + 2L;
}
