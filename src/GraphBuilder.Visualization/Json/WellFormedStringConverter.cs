using System.Text.Json;
using System.Text.Json.Serialization;
using GraphBuilder.Core.Text;

namespace GraphBuilder.Visualization.Json;

/// <summary>
/// Writes strings with unpaired surrogates replaced by U+FFFD (UTF-8 cannot carry them), so that
/// writing, reading back and writing again gives the same bytes.
/// </summary>
internal sealed class WellFormedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WellFormedText.Clean(value));
}
