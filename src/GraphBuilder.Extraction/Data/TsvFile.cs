namespace GraphBuilder.Extraction.Data;

/// <summary>Reads the ontology's tab-separated data files: '#' starts a comment line, blank lines are skipped.</summary>
public static class TsvFile
{
    /// <summary>Rows of <paramref name="path"/> split on tabs, each cell trimmed; missing trailing cells are empty.</summary>
    public static IEnumerable<string[]> Rows(string path, int columns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Ontology data file not found: {path}", path);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length > columns)
                throw new FormatException($"{path}:{lineNumber}: expected at most {columns} tab-separated columns, found {cells.Length}.");
            var row = new string[columns];
            for (var i = 0; i < columns; i++) row[i] = i < cells.Length ? cells[i].Trim() : "";
            yield return row;
        }
    }

    /// <summary>Splits a '|'-separated list cell, dropping empty items.</summary>
    public static string[] List(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
