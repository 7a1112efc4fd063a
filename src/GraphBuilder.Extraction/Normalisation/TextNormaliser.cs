using System.Text;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Extraction.Normalisation;

/// <summary>
/// Normalises the text every later span refers to: Unicode NFC, line breaks to "\n", exotic spaces
/// to a plain space, zero-width and control characters removed.
/// </summary>
public sealed class TextNormaliser : IDocumentComponent
{
    public string Name => "normaliser";

    public DocumentLayers Requires => DocumentLayers.Text;

    public DocumentLayers Assigns => DocumentLayers.Text;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Text = Normalise(document.Text) };
    }

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < nfc.Length && nfc[i + 1] == '\n') i++;
            }
            else if (c is '\n' or '\t') sb.Append(c == '\t' ? ' ' : c);
            else if (c is '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000' || (c >= '\u2000' && c <= '\u2006')) sb.Append(' ');
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            else if (char.IsControl(c)) continue;
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
