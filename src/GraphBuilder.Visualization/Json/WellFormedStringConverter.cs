using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphBuilder.Visualization.Json;

/// <summary>
/// Writes strings with unpaired surrogates replaced by U+FFFD (UTF-8 cannot carry them), so that
/// writing, reading back and writing again gives the same bytes.
/// </summary>
internal sealed class WellFormedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WellFormed(value));

    internal static string WellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsSurrogate(value[i])) continue;
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            return Replace(value);
        }
        return value;
    }

    private static string Replace(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) sb.Append(c).Append(value[++i]);
            else sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
