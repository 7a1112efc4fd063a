using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// One term in office from <c>gazetteer/offices.tsv</c>: who held which kind of office (leader or official)
/// for which state or organisation, from one month to another (<see cref="To"/> null while in office).
/// Months are counted as year * 12 + month - 1.
/// </summary>
public sealed record OfficeTerm(string PersonId, OfficeRole Role, string Office, string OwnerId, int From, int? To)
{
    /// <summary>True when the month of <paramref name="date"/> lies within the term.</summary>
    public bool Covers(DateOnly date)
    {
        var month = Month(date);
        return month >= From && (To is not { } to || month <= to);
    }

    public static int Month(DateOnly date) => date.Year * 12 + date.Month - 1;

    /// <summary>Parses "YYYY-MM".</summary>
    public static int ParseMonth(string cell, string where)
    {
        if (cell.Length == 7 && cell[4] == '-' && int.TryParse(cell.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && int.TryParse(cell.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            return year * 12 + month - 1;
        throw new FormatException($"{where}: '{cell}' is not a month (YYYY-MM).");
    }
}
