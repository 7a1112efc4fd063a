using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Documents;

/// <summary>
/// Where and how a relation was found: article, sentence, span, rule, confidence, attribution, date.
/// <see cref="Span"/> is a half-open range of UTF-16 code units in <see cref="SentenceText"/>
/// (0 is the sentence's first character), the one convention every export uses.
/// </summary>
public sealed record Evidence(
    string ArticleId,
    int SentenceIndex,
    string SentenceText,
    TextSpan Span,
    string Rule,
    double Confidence)
{
    private readonly double _confidence = ConfidenceScore.Check(Confidence, nameof(Confidence));

    /// <summary>In [0, 1]: checked here, where evidence is made or changed, so no output needs to clamp it.</summary>
    public double Confidence
    {
        get => _confidence;
        init => _confidence = ConfidenceScore.Check(value, nameof(Confidence));
    }

    /// <summary>Who claims it ("Pejabat Barat", "KCNA"), when the text attributes the statement.</summary>
    public string? Attribution { get; init; }

    /// <summary>Date of the event or, failing that, of the article.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The identity of this evidence within its relation.</summary>
    public EvidenceKey Key => new(ArticleId, SentenceIndex, Span.Start, Span.End, Rule);
}
