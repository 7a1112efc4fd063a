using System.Collections.Immutable;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Core.Store;

namespace GraphBuilder.Cli.Ingest;

/// <summary>
/// Opens the article store of an existing output directory for <c>ingest --into</c>: the store must be there,
/// be the one the last complete run listed in its manifest (unchanged), decode, and have been made with
/// the same ontology and extraction settings as this run. Any failure is one line naming the file and why.
/// </summary>
public static class StoreLoader
{
    /// <summary>The stored records, or the reason they cannot be used; a warning when the directory has no manifest.</summary>
    public static (ImmutableArray<ArticleContribution> Records, string? Error, string? Warning) Load(string directory, string fingerprint, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var path = Path.Combine(directory, ArticleStore.FileName);
        if (!Directory.Exists(directory))
            return ([], $"{directory}: no such output directory; --into adds articles to the output of an earlier ingest", null);
        if (!File.Exists(path))
            return ([], $"{path}: not found; --into needs an output written by ingest with its article store; run a full ingest first", null);
        var check = OutputManifest.Verify(directory, [ArticleStore.FileName]);
        if (!check.Ok) return ([], check.Error, null);
        var (contents, error) = ArticleStore.Read(path, predicates);
        if (contents is null) return ([], error, check.Warning);
        if (!string.Equals(contents.Fingerprint, fingerprint, StringComparison.Ordinal))
            return ([], $"{path}: made with another ontology or Extraction settings than this run ({Short(contents.Fingerprint)} vs {Short(fingerprint)}); "
                + "replaying it would not give what a full run gives: run a full ingest, or use the ontology and settings that made it", check.Warning);
        return (contents.Records, null, check.Warning);
    }

    private static string Short(string fingerprint) => fingerprint.Length > 19 ? fingerprint[..19] : fingerprint;
}
