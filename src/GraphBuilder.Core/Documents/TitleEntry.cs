namespace GraphBuilder.Core.Documents;

/// <summary>A title or role phrase from <c>lexicon/LANG/titles.tsv</c>: leaders give leaderOf, officials officialOf.</summary>
public sealed record TitleEntry(string Phrase, OfficeRole Role)
{
    public bool IsLeader => Role == OfficeRole.Leader;
}
