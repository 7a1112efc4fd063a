using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Writers;

/// <summary>Declared prefixes, and the compaction of IRIs to <c>prefix:local</c> where the local part is simple.</summary>
public sealed class PrefixMap
{
    private readonly List<(string Prefix, string Namespace)> _entries = [];

    public IReadOnlyList<(string Prefix, string Namespace)> Entries => _entries;

    /// <summary>Adds or replaces a prefix. Prefix names are ASCII letters, digits, '_' and '-', starting with a letter.</summary>
    public void Add(string prefix, Iri namespaceIri)
    {
        ArgumentNullException.ThrowIfNull(namespaceIri);
        if (string.IsNullOrEmpty(prefix) || !char.IsAsciiLetter(prefix[0]) || !RdfEscape.IsSimpleLocalName(prefix))
            throw new ArgumentException($"Invalid prefix name '{prefix}'.", nameof(prefix));
        _entries.RemoveAll(e => e.Prefix == prefix);
        _entries.Add((prefix, namespaceIri.Value));
    }

    /// <summary>The longest declared namespace that <paramref name="iri"/> starts with and leaves a simple local name.</summary>
    public bool TryCompact(Iri iri, out string prefix, out string local)
    {
        prefix = local = "";
        var best = -1;
        foreach (var (p, ns) in _entries)
        {
            if (ns.Length <= best || !iri.Value.StartsWith(ns, StringComparison.Ordinal)) continue;
            if (!RdfEscape.IsSimpleLocalName(iri.Value.AsSpan(ns.Length))) continue;
            best = ns.Length;
            prefix = p;
        }
        if (best < 0) return false;
        local = iri.Value[best..];
        return true;
    }
}
