using System.Collections.Frozen;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Normalisation;

/// <summary>
/// Blanks lines that are page furniture, not the article's statements, so they give no mentions and no evidence:
/// lines opening with a boilerplate label of any lexicon (<c>boilerplate</c> in words.tsv: "Baca Juga:", "Editor:",
/// "Sumber:", "Read more:") and any line that repeats an earlier one (a title repeated as the first body line).
/// Blanked characters become spaces, so every offset into the text stays valid.
/// </summary>
public sealed class BoilerplateFilter(ExtractionData data) : IDocumentComponent
{
    private const int MinRepeatedLength = 12;
    private readonly string[] _labels = [.. data.Lexicons.Values.SelectMany(l => l.Words(WordClass.Boilerplate)).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    public string Name => "boilerplate-filter";

    public DocumentLayers Requires => DocumentLayers.Text;

    public DocumentLayers Assigns => DocumentLayers.Text;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        char[]? blanked = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && (IsLabelled(line) || (line.Length >= MinRepeatedLength && !seen.Add(line.ToString()))))
            {
                blanked ??= text.ToCharArray();
                for (var i = start; i < end; i++) blanked[i] = ' ';
            }
            start = end + 1;
        }
        return blanked is null ? document : document with { Text = new string(blanked) };
    }

    /// <summary>"Baca Juga: ...", "Editor: X", "BACA JUGA Prabowo ...": a label, then a colon or dash (or more words after a two-word label).</summary>
    private bool IsLabelled(ReadOnlySpan<char> line)
    {
        foreach (var label in _labels)
        {
            if (line.Length < label.Length || !NameKey.Fold(line[..label.Length]).Equals(label, StringComparison.Ordinal)) continue;
            var rest = line[label.Length..].TrimStart();
            if (rest.Length == 0 || rest[0] is ':' or '-' or '\u2013' or '\u2014' || (label.Contains(' ') && !char.IsLetter(line.Length > label.Length ? line[label.Length] : ' ')))
                return true;
        }
        return false;
    }
}
