namespace GraphBuilder.Core.Pipeline;

/// <summary>
/// Which layers are computed from which: assigning a layer makes every layer derived from it (transitively) stale,
/// so a component that needs one of those must come after a component that assigns it again.
/// </summary>
public static class LayerDependencies
{
    private static readonly (DocumentLayers Layer, DocumentLayers From)[] Derived =
    [
        (DocumentLayers.Tokens, DocumentLayers.Text),
        (DocumentLayers.FoldedTokens, DocumentLayers.Tokens),
        (DocumentLayers.SubWords, DocumentLayers.Tokens | DocumentLayers.FoldedTokens),
        (DocumentLayers.PosTags, DocumentLayers.Tokens),
        (DocumentLayers.Mentions, DocumentLayers.Tokens),
        (DocumentLayers.Titles, DocumentLayers.Mentions | DocumentLayers.SubWords),
        (DocumentLayers.PersonNames, DocumentLayers.Tokens),
        (DocumentLayers.Entities, DocumentLayers.Mentions),
        (DocumentLayers.Relations, DocumentLayers.Mentions | DocumentLayers.Entities),
    ];

    /// <summary>Every layer computed, directly or not, from one of <paramref name="assigned"/>.</summary>
    public static DocumentLayers StaleAfter(DocumentLayers assigned)
    {
        var stale = DocumentLayers.None;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (layer, from) in Derived)
            {
                if ((stale & layer) != 0 || ((assigned | stale) & from) == 0) continue;
                stale |= layer;
                changed = true;
            }
        }
        return stale;
    }
}
