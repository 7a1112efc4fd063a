namespace GraphBuilder.Neo4j.Export;

/// <summary>One CSV field: its text and whether it was quoted (an unquoted empty field is null).</summary>
public readonly record struct CsvField(string Text, bool Quoted)
{
    public string? Value => Text.Length == 0 && !Quoted ? null : Text;
}
