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
}
