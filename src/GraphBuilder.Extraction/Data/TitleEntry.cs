namespace GraphBuilder.Extraction.Data;

/// <summary>A title or role phrase from <c>lexicon/LANG/titles.tsv</c>: leaders give leaderOf, officials officialOf.</summary>
public sealed record TitleEntry(string Phrase, bool IsLeader);
