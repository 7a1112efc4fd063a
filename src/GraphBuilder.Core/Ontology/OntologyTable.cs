namespace GraphBuilder.Core.Ontology;

/// <summary>One data row of an ontology table: its 1-based line number and its trimmed cells.</summary>
public readonly record struct OntologyRow(int Line, string[] Cells);

/// <summary>
/// Reads the ontology's tab-separated data files: '#' starts a comment line, blank lines are skipped,
/// every error names the file and the line.
/// </summary>
public static class OntologyTable
{
    /// <summary>Rows of <paramref name="path"/> split on tabs, each cell trimmed; missing trailing cells are empty.</summary>
    public static IEnumerable<OntologyRow> Read(string path, int columns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Ontology data file not found: {path}", path);
        return Parse(File.ReadLines(path), path, columns);
    }

    /// <summary>Rows of already read <paramref name="lines"/>; <paramref name="source"/> names them in errors.</summary>
    public static IEnumerable<OntologyRow> Parse(IEnumerable<string> lines, string source, int columns)
    {
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length > columns)
                throw new FormatException($"{source}:{lineNumber}: expected at most {columns} tab-separated columns, found {cells.Length}.");
            var row = new string[columns];
            for (var i = 0; i < columns; i++) row[i] = i < cells.Length ? cells[i].Trim() : "";
            yield return new OntologyRow(lineNumber, row);
        }
    }

    /// <summary>Splits a '|'-separated list cell, dropping empty items.</summary>
    public static string[] List(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
