using System.Text;

namespace GraphBuilder.Neo4j.Export;

/// <summary>
/// Reads RFC 4180 CSV (comma separated, double quotes, doubled quotes inside, line breaks allowed
/// inside quotes), as written by <see cref="CsvText"/>. Reports malformed input with its line number.
/// </summary>
public sealed class CsvRecordReader(TextReader reader, string sourceName)
{
    private readonly StringBuilder _field = new();
    private int _line = 1;

    /// <summary>Line number where the last record returned started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>The next record, or null at the end of the input.</summary>
    public IReadOnlyList<CsvField>? Next()
    {
        if (reader.Peek() < 0) return null;
        RecordLine = _line;
        var fields = new List<CsvField>();
        while (true)
        {
            var (field, end) = ReadField();
            fields.Add(field);
            if (end) return fields;
        }
    }

    private (CsvField Field, bool EndOfRecord) ReadField()
    {
        _field.Clear();
        if (reader.Peek() == '"')
        {
            reader.Read();
            while (true)
            {
                var c = reader.Read();
                if (c < 0) throw Error("a quoted field is not closed before the end of the file");
                if (c == '\n') _line++;
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); _field.Append('"'); continue; }
                    return (new CsvField(_field.ToString(), true), AfterField());
                }
                _field.Append((char)c);
            }
        }
        while (true)
        {
            var c = reader.Peek();
            if (c is < 0 or ',' or '\n' or '\r') return (new CsvField(_field.ToString(), false), AfterField());
            if (c == '"') throw Error("a quote appears inside an unquoted field");
            _field.Append((char)reader.Read());
        }
    }

    // Consumes the separator after a field; true when it ended the record.
    private bool AfterField()
    {
        var c = reader.Read();
        switch (c)
        {
            case ',': return false;
            case < 0: return true;
            case '\n': _line++; return true;
            case '\r':
                if (reader.Peek() == '\n') reader.Read();
                _line++;
                return true;
            default: throw Error($"unexpected character '{(char)c}' after a quoted field");
        }
    }

    private InvalidDataException Error(string reason) => new($"{sourceName}:{_line}: {reason}.");
}
