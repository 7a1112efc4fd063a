namespace GraphBuilder.Extraction.Data;

/// <summary>A surface form in the gazetteer trie: which entry it names and how.</summary>
public sealed record GazetteerSurface(GazetteerEntry Entry, SurfaceKind Kind, string Form)
{
    /// <summary>Short all-capital acronyms (AS, RI, UN) match only with exactly this case.</summary>
    public bool CaseSensitive { get; } = Form.Length <= 3 && Form.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
