namespace GraphBuilder.Core.Documents;

/// <summary>A title or role phrase from <c>lexicon/LANG/titles.tsv</c>: leaders give leaderOf, officials officialOf.</summary>
public sealed record TitleEntry(string Phrase, OfficeRole Role)
{
    public bool IsLeader => Role == OfficeRole.Leader;

    /// <summary>
    /// The office the phrase names: the full title an abbreviation stands for ("menhan" is "menteri pertahanan",
    /// titles.tsv's third column), else the phrase itself. Two phrases of one office are the same role of a person.
    /// </summary>
    public string Office { get; init; } = Phrase;
}
