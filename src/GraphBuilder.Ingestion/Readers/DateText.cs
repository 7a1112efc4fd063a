using System.Globalization;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>Parses metadata dates ("2023-06-25", "2023-06-25T10:00:00+07:00") to a calendar date.</summary>
public static class DateText
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
            return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }

    /// <summary>Parses a metadata date; a value that is present but not a date gives a warning naming the field.</summary>
    public static (DateOnly? Date, string? Warning) ParseField(string field, string? value)
    {
        var date = Parse(value);
        return date is null && !string.IsNullOrWhiteSpace(value)
            ? (null, $"{field} '{value.Trim()}' is not a date (expected e.g. 2024-05-01); the article is read without a date")
            : (date, null);
    }
}
