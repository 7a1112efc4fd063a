using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Dates;

/// <summary>
/// Sets <see cref="Document.Date"/> when metadata gave none, from the first full date in the
/// opening sentences: a dateline such as "Minggu (25/6/2023)", "25 Juni 2023" or "June 25, 2023".
/// </summary>
public sealed class DatelineDateFinder(ExtractionData data, string defaultLanguage, int sentencesToSearch = 8) : IDocumentComponent
{
    public string Name => "date-finder";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.FoldedTokens;

    public DocumentLayers Assigns => DocumentLayers.Date;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Date is not null) return document;
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        var limit = document.Sentences.Length == 0 ? 0 : document.Sentences[Math.Min(sentencesToSearch, document.Sentences.Length) - 1].FirstToken
            + document.Sentences[Math.Min(sentencesToSearch, document.Sentences.Length) - 1].TokenCount;
        var words = Recognition.Layers.Folded(document).AsSpan(0, limit).ToArray(); // only the opening sentences
        for (var i = 0; i < limit; i++)
        {
            if (TryAt(words, i, lexicon, out var date)) return document with { Date = date };
        }
        return document;
    }

    private static bool TryAt(string[] w, int i, LanguageLexicon lexicon, out DateOnly date)
    {
        date = default;
        // 25/6/2023
        if (i + 4 < w.Length && w[i + 1] == "/" && w[i + 3] == "/" && Make(w[i + 4], w[i + 2], w[i], out date)) return true;
        // 25 Juni 2023
        if (i + 2 < w.Length && lexicon.Months.TryGetValue(w[i + 1], out var m1) && Make(w[i + 2], m1.ToString(System.Globalization.CultureInfo.InvariantCulture), w[i], out date)) return true;
        // June 25, 2023
        if (i + 3 < w.Length && lexicon.Months.TryGetValue(w[i], out var m2) && w[i + 2] == "," && Make(w[i + 3], m2.ToString(System.Globalization.CultureInfo.InvariantCulture), w[i + 1], out date)) return true;
        return false;
    }

    private static bool Make(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (year.Length != 4) return false;
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return false;
        if (y < 1900 || y > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}
