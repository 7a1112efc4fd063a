using System.Text;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>Splits graph.cypher into statements: its string literals never hold a raw line break, so a line ending in ';' ends a statement.</summary>
public static class CypherScript
{
    public static IEnumerable<string> Statements(string script)
    {
        var current = new StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith("//", StringComparison.Ordinal) || line.Length == 0) continue;
            current.Append(line).Append('\n');
            if (!line.EndsWith(';')) continue;
            yield return current.ToString().TrimEnd().TrimEnd(';');
            current.Clear();
        }
        if (current.Length > 0) throw new FormatException("The script ends inside a statement: " + current);
    }
}
