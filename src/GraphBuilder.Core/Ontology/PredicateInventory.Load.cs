using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GraphBuilder.Core.Ontology;

/// <summary>Loading and validating predicates.tsv: every bad row is rejected with its file, line and reason.</summary>
public sealed partial class PredicateInventory
{
    private const int Columns = 6;
    private static readonly FrozenDictionary<string, EntityType> Classes =
        Enum.GetValues<EntityType>().ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    /// <summary>Loads <c>predicates.tsv</c> from an ontology directory.</summary>
    public static PredicateInventory LoadFrom(string ontologyDirectory) => Load(Path.Combine(ontologyDirectory, FileName));

    /// <summary>Loads and validates a predicates file.</summary>
    public static PredicateInventory Load(string path) => Parse(OntologyTable.Read(path, Columns), path);

    /// <summary>Validates already read lines; <paramref name="source"/> names them in errors.</summary>
    public static PredicateInventory Parse(IEnumerable<string> lines, string source) => Parse(OntologyTable.Parse(lines, source, Columns), source);

    private static PredicateInventory Parse(IEnumerable<OntologyRow> rows, string source)
    {
        var all = ImmutableArray.CreateBuilder<Predicate>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, c) in rows)
        {
            string Where() => $"{source}:{line}";
            if (!LocalNamePattern().IsMatch(c[0])) throw new FormatException($"{Where()}: predicate '{c[0]}' is not a local name (a lower-case letter, then letters or digits).");
            if (!names.Add(c[0])) throw new FormatException($"{Where()}: predicate '{c[0]}' is declared twice.");
            var domain = ClassList(c[1], "domain", Where);
            var range = ClassList(c[2], "range", Where);
            var symmetric = c[3] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new FormatException($"{Where()}: symmetric must be yes or no, not '{c[3]}'."),
            };
            if (symmetric && !domain.ToHashSet().SetEquals(range))
                throw new FormatException($"{Where()}: symmetric predicate '{c[0]}' must have the same domain and range.");
            if (!RelationshipTypePattern().IsMatch(c[4])) throw new FormatException($"{Where()}: Neo4j type '{c[4]}' must be upper-case letters, digits and '_'.");
            if (!types.Add(c[4])) throw new FormatException($"{Where()}: Neo4j type '{c[4]}' is used twice.");
            all.Add(new Predicate(all.Count, c[0], domain, range, symmetric, c[4], Labels(c[5], Where)));
        }
        if (all.Count == 0) throw new FormatException($"{source}: declares no predicate.");
        return new PredicateInventory(source, all.ToImmutable());
    }

    private static ImmutableArray<EntityType> ClassList(string cell, string what, Func<string> where)
    {
        var items = OntologyTable.List(cell);
        if (items.Length == 0) throw new FormatException($"{where()}: empty {what}.");
        var list = ImmutableArray.CreateBuilder<EntityType>();
        foreach (var item in items)
        {
            if (!Classes.TryGetValue(item, out var type))
                throw new FormatException($"{where()}: unknown class '{item}' in {what} (known: {string.Join(", ", Classes.Keys.Order(StringComparer.Ordinal))}).");
            if (list.Contains(type)) throw new FormatException($"{where()}: class '{item}' twice in {what}.");
            list.Add(type);
        }
        return list.ToImmutable();
    }

    private static FrozenDictionary<string, string> Labels(string cell, Func<string> where)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in OntologyTable.List(cell))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var (language, label) = colon < 0 ? ("", "") : (item[..colon], item[(colon + 1)..].Trim());
            if (!LanguagePattern().IsMatch(language) || label.Length == 0)
                throw new FormatException($"{where()}: label '{item}' is not language:label (e.g. en:leader of).");
            if (!labels.TryAdd(language, label)) throw new FormatException($"{where()}: two labels for language '{language}'.");
        }
        if (labels.Count == 0) throw new FormatException($"{where()}: no label.");
        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex LocalNamePattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RelationshipTypePattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
