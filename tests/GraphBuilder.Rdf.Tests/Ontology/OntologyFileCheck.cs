using GraphBuilder.Core.Ontology;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Tests.Ontology;

/// <summary>
/// Compares graphbuilder.ttl (OWL) and shapes.ttl (SHACL) with predicates.tsv: every predicate declared with the
/// same domain, range, symmetry and labels, and no predicate that the inventory does not have.
/// </summary>
internal static class OntologyFileCheck
{
    private const string OwlNs = OntologyNamespace.Owl;
    private const string Sh = "http://www.w3.org/ns/shacl#";
    private static readonly Iri ObjectProperty = Iri.Create(OwlNs + "ObjectProperty");
    private static readonly Iri SymmetricProperty = Iri.Create(OwlNs + "SymmetricProperty");
    private static readonly Iri EquivalentClass = Iri.Create(OwlNs + "equivalentClass");
    private static readonly Iri UnionOf = Iri.Create(OwlNs + "unionOf");
    private static readonly Iri Domain = Iri.Create(OntologyNamespace.Rdfs + "domain");
    private static readonly Iri Range = Iri.Create(OntologyNamespace.Rdfs + "range");
    private static readonly Iri TargetSubjectsOf = Iri.Create(Sh + "targetSubjectsOf");
    private static readonly Iri TargetObjectsOf = Iri.Create(Sh + "targetObjectsOf");
    private static readonly Iri ShClass = Iri.Create(Sh + "class");
    private static readonly Iri ShOr = Iri.Create(Sh + "or");
    private static readonly Iri ShPath = Iri.Create(Sh + "path");
    private static readonly Iri ShIn = Iri.Create(Sh + "in");

    /// <summary>Differences between the OWL file and the inventory; empty when they agree.</summary>
    public static List<string> Owl(TurtleFile owl, PredicateInventory inventory)
    {
        var problems = new List<string>();
        var declared = owl.Subjects(Vocabulary.RdfType, ObjectProperty).OfType<Iri>().Select(Name).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(declared.Where(n => !inventory.TryGet(n, out _)).Order(StringComparer.Ordinal).Select(n => $"OWL declares {n}, predicates.tsv does not"));
        foreach (var p in inventory)
        {
            var iri = Iri.Create(p.Iri);
            if (!declared.Contains(p.LocalName)) { problems.Add($"{p.LocalName}: not an owl:ObjectProperty"); continue; }
            var symmetric = owl.Objects(iri, Vocabulary.RdfType).Contains(SymmetricProperty);
            if (symmetric != p.IsSymmetric) problems.Add($"{p.LocalName}: owl:SymmetricProperty is {symmetric}, predicates.tsv says {p.IsSymmetric}");
            Compare(problems, p.LocalName, "rdfs:domain", p.Domain, owl.Objects(iri, Domain).SelectMany(c => Classes(owl, c)));
            Compare(problems, p.LocalName, "rdfs:range", p.Range, owl.Objects(iri, Range).SelectMany(c => Classes(owl, c)));
            var labels = owl.Objects(iri, Vocabulary.RdfsLabel).OfType<Literal>().Select(l => $"{l.Language}:{l.Lexical}").Order(StringComparer.Ordinal);
            var expected = p.Labels.Select(kv => $"{kv.Key}:{kv.Value}").Order(StringComparer.Ordinal);
            if (!labels.SequenceEqual(expected)) problems.Add($"{p.LocalName}: rdfs:label {string.Join(", ", labels)}, predicates.tsv {string.Join(", ", expected)}");
        }
        return problems;
    }

    /// <summary>Differences between the SHACL shapes and the inventory; empty when they agree.</summary>
    public static List<string> Shacl(TurtleFile shapes, PredicateInventory inventory)
    {
        var problems = new List<string>();
        foreach (var (target, side, expected) in new[] { (TargetSubjectsOf, "subject", (Func<Predicate, IEnumerable<EntityType>>)(p => p.Domain)), (TargetObjectsOf, "object", p => p.Range) })
        {
            var byPredicate = shapes.WithPredicate(target).ToLookup(t => ((Iri)t.Object).Value, t => t.Subject, StringComparer.Ordinal);
            problems.AddRange(byPredicate.Where(g => g.Key.StartsWith(OntologyNamespace.GraphBuilder, StringComparison.Ordinal) && !inventory.Any(p => p.Iri == g.Key)).Select(g => $"SHACL targets {side}s of {g.Key}, predicates.tsv has no such predicate"));
            foreach (var p in inventory)
            {
                var classes = byPredicate[p.Iri].SelectMany(shape => ShapeClasses(shapes, shape)).ToList();
                if (classes.Count == 0) problems.Add($"{p.LocalName}: no SHACL shape for its {side}s");
                else Compare(problems, p.LocalName, $"SHACL {side} classes", expected(p), classes);
            }
        }
        var inLists = shapes.WithPredicate(ShPath).Where(t => t.Object == Vocabulary.RdfPredicate)
            .SelectMany(t => shapes.Objects(t.Subject, ShIn)).Select(head => shapes.List(head).OfType<Iri>().Select(i => i.Value).ToList()).ToList();
        if (inLists.Count != 1) problems.Add($"SHACL: expected one sh:in list for rdf:predicate, found {inLists.Count}");
        else if (!inLists[0].SequenceEqual(inventory.Select(p => p.Iri)))
            problems.Add($"SHACL: the rdf:predicate sh:in list is not the predicates of predicates.tsv in file order");
        return problems;
    }

    private static void Compare(List<string> problems, string predicate, string what, IEnumerable<EntityType> expected, IEnumerable<EntityType> actual)
    {
        var (e, a) = (expected.Order().ToList(), actual.Order().ToList());
        if (!e.SequenceEqual(a)) problems.Add($"{predicate}: {what} {string.Join("|", a)}, predicates.tsv {string.Join("|", e)}");
    }

    /// <summary>The classes a class expression stands for: itself or the members of its owl:unionOf.</summary>
    private static IEnumerable<EntityType> Classes(TurtleFile owl, RdfTerm @class)
    {
        if (@class is Iri iri && Enum.TryParse<EntityType>(Name(iri), out var type) && Enum.IsDefined(type)) return [type];
        return owl.Objects((RdfResource)@class, EquivalentClass).SelectMany(e => owl.Objects((RdfResource)e, UnionOf)).SelectMany(owl.List).SelectMany(c => Classes(owl, c));
    }

    /// <summary>The classes a node shape allows: its sh:class, or the sh:class of each sh:or alternative.</summary>
    private static IEnumerable<EntityType> ShapeClasses(TurtleFile shapes, RdfResource shape) =>
        shapes.Objects(shape, ShClass)
            .Concat(shapes.Objects(shape, ShOr).SelectMany(shapes.List).SelectMany(alt => shapes.Objects((RdfResource)alt, ShClass)))
            .OfType<Iri>().Select(i => Enum.Parse<EntityType>(Name(i)));

    private static string Name(Iri iri) =>
        iri.Value.StartsWith(OntologyNamespace.GraphBuilder, StringComparison.Ordinal) ? iri.Value[OntologyNamespace.GraphBuilder.Length..] : iri.Value;
}
