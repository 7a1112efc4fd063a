using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>Reads the ontology's tab-separated data files (see <see cref="OntologyTable"/>).</summary>
public static class TsvFile
{
    /// <summary>Rows of <paramref name="path"/> split on tabs, each cell trimmed; missing trailing cells are empty.</summary>
    public static IEnumerable<string[]> Rows(string path, int columns) => OntologyTable.Read(path, columns).Select(r => r.Cells);

    /// <summary>Splits a '|'-separated list cell, dropping empty items.</summary>
    public static string[] List(string cell) => OntologyTable.List(cell);
}
