using System.Globalization;
using System.Text;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>
/// Writes a graph as a Cypher script for <c>cypher-shell -f</c> or Neo4j Browser: the schema
/// statements, then each batch as <c>UNWIND [literal rows] AS row</c> + the same statement body
/// the loader sends, so the script and the loader build identical graphs. Statements end with ";".
/// </summary>
public static class CypherScriptWriter
{
    public static void Write(Neo4jGraph graph, TextWriter writer, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"// GraphBuilder graph for Neo4j 5: {graph.Entities.Length} entities, {graph.Articles.Length} articles, {graph.Sentences.Length} sentences, {graph.Relations.Length} relations, {graph.EvidenceCount} pieces of evidence.\n"));
        writer.Write("// Run with: cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f graph.cypher   (safe to run again: every write is a MERGE)\n\n");
        foreach (var statement in SchemaStatements.All)
        {
            writer.Write(statement);
            writer.Write(";\n");
        }
        var sb = new StringBuilder();
        foreach (var batch in WritePlan.For(graph, batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sb.Clear();
            AppendBatch(sb, batch);
            writer.Write(sb);
        }
    }

    /// <summary>One batch as a literal statement, terminated by ";".</summary>
    public static void AppendBatch(StringBuilder sb, WriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(batch);
        sb.Append("\n// ").Append(batch.Kind).Append(": ").Append(batch.Units.ToString(CultureInfo.InvariantCulture)).Append(" rows\n");
        sb.Append("UNWIND [\n");
        for (var i = 0; i < batch.Rows.Length; i++)
        {
            sb.Append("  ");
            CypherLiteral.AppendRow(sb, batch.Rows[i]);
            sb.Append(i + 1 < batch.Rows.Length ? ",\n" : "\n");
        }
        sb.Append("] AS row\n").Append(batch.Body).Append(";\n");
    }
}
