using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Evaluation;

/// <summary>
/// Gold triples from a TSV file: <c>article file name, subject id, predicate, object id</c> per line
/// ('#' comments). Articles are matched by file name, so the gold file travels with the corpus.
/// </summary>
public sealed class GoldStandard
{
    private GoldStandard(IReadOnlySet<Triple> triples) => Triples = triples;

    public IReadOnlySet<Triple> Triples { get; }

    /// <summary>The article file names the gold file covers.</summary>
    public IReadOnlySet<string> Articles => Triples.Select(t => t.Article).ToHashSet(StringComparer.Ordinal);

    /// <summary>Loads a gold file; its predicates must be in <paramref name="predicates"/>.</summary>
    public static GoldStandard Load(string path, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        var triples = new HashSet<Triple>();
        var line = 0;
        foreach (var row in TsvFile.Rows(path, 4))
        {
            line++;
            if (row.Any(c => c.Length == 0)) throw new FormatException($"{path}: row {line} needs 4 columns: article, subject, predicate, object.");
            if (!predicates.TryGet(row[2], out var predicate)) throw new FormatException($"{path}: row {line}: unknown predicate '{row[2]}'.");
            triples.Add(Triple.Create(row[0], row[1], predicate, row[3]));
        }
        return new GoldStandard(triples);
    }
}
