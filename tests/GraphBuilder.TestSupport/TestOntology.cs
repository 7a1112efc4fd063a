using GraphBuilder.Core.Ontology;

namespace GraphBuilder.TestSupport;

/// <summary>The repository's ontology data, loaded once for tests.</summary>
public static class TestOntology
{
    private static readonly Lazy<PredicateInventory> PredicatesValue = new(() => PredicateInventory.LoadFrom(RepoPaths.Ontology));

    /// <summary>The relation inventory of ontology/predicates.tsv.</summary>
    public static PredicateInventory Predicates => PredicatesValue.Value;
}
