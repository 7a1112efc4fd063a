using System.Globalization;

namespace GraphBuilder.Core.Documents;

/// <summary>
/// What identifies one piece of evidence of a relation: article, sentence, span and rule. The accumulator
/// deduplicates and orders evidence by it (article and rule ordinal), and every output derives its evidence
/// ids from it.
/// </summary>
public readonly record struct EvidenceKey(string ArticleId, int SentenceIndex, int Start, int End, string Rule) : IComparable<EvidenceKey>
{
    public int CompareTo(EvidenceKey other)
    {
        var c = string.CompareOrdinal(ArticleId, other.ArticleId);
        if (c == 0) c = SentenceIndex.CompareTo(other.SentenceIndex);
        if (c == 0) c = Start.CompareTo(other.Start);
        if (c == 0) c = End.CompareTo(other.End);
        return c != 0 ? c : string.CompareOrdinal(Rule, other.Rule);
    }

    /// <summary>The readable form <c>article/sentence/start-end/rule</c> (Neo4j evidence ids are built from it).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ArticleId}/{SentenceIndex}/{Start}-{End}/{Rule}");

    /// <summary>The parts joined by <paramref name="separator"/> (RDF hashes the newline-joined form into assertion IRIs).</summary>
    public string Join(char separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{ArticleId}{separator}{SentenceIndex}{separator}{Start}{separator}{End}{separator}{Rule}");
}
