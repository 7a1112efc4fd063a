using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>One statement body with the rows it is run for (within the batch's row and byte limits).</summary>
/// <param name="Kind">What the rows are, for progress and error messages ("entities (Person)").</param>
/// <param name="Units">Rows as counted against the batch size: one per row, or one per piece of evidence for relation rows.</param>
public sealed record WriteBatch(string Kind, string Body, ImmutableArray<CypherRow> Rows, int Units)
{
    /// <summary>The field of a relation row that holds its evidence slice.</summary>
    public const string NestedField = "evidence";

    public WriteBatch(string kind, string body, ImmutableArray<CypherRow> rows) : this(kind, body, rows, rows.Length) { }

    /// <summary>The statement sent to the server with the rows as the <c>$rows</c> parameter.</summary>
    public string ParameterisedStatement => WriteStatements.Parameterised(Body);

    public long EstimatedBytes => Rows.Sum(r => r.EstimatedBytes);

    /// <summary>
    /// Two halves doing together what this batch does (for a server that ran out of memory on it):
    /// the rows split in two, or a single row's evidence list split in two. Null when it is one unit.
    /// </summary>
    public (WriteBatch First, WriteBatch Second)? Split()
    {
        if (Rows.Length > 1)
        {
            var half = Rows.Length / 2;
            return (Part(Rows[..half]), Part(Rows[half..]));
        }
        if (Rows.Length == 1 && Rows[0].Fields.Any(f => f.Key == NestedField) && Rows[0][NestedField] is ImmutableArray<CypherRow> { Length: > 1 } nested)
        {
            var half = nested.Length / 2;
            return (Part([Rows[0].With(NestedField, nested[..half])]), Part([Rows[0].With(NestedField, nested[half..])]));
        }
        return null;
    }

    private WriteBatch Part(ImmutableArray<CypherRow> rows) => this with { Rows = rows, Units = rows.Sum(UnitsOf) };

    /// <summary>Units of one row: its evidence count for relation rows (at least 1), else 1.</summary>
    public static int UnitsOf(CypherRow row) =>
        row.Fields.Any(f => f.Key == NestedField) && row[NestedField] is ImmutableArray<CypherRow> nested ? Math.Max(1, nested.Length) : 1;
}
