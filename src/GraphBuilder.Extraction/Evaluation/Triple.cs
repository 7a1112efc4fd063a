using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Evaluation;

/// <summary>An article-scoped relation for scoring; symmetric predicates are stored with subject &lt;= object.</summary>
public readonly record struct Triple(string Article, string Subject, Predicate Predicate, string Object)
{
    public static Triple Create(string article, string subject, Predicate predicate, string @object) =>
        predicate.IsSymmetric && string.CompareOrdinal(subject, @object) > 0
            ? new Triple(article, @object, predicate, subject)
            : new Triple(article, subject, predicate, @object);

    public override string ToString() => $"{Article}\t{Subject}\t{Predicate.LocalName}\t{Object}";
}
