using GraphBuilder.Core.Identity;

namespace GraphBuilder.Core.Tests;

public class QidTests
{
    [Theory]
    [InlineData("Q1", true)]
    [InlineData("Q423", true)]
    // no number
    [InlineData("Q", false)]
    // leading zero (Wikidata never mints one)
    [InlineData("Q0423", false)]
    // lower case, other prefixes, spaces, signs
    [InlineData("q423", false)]
    [InlineData("P31", false)]
    [InlineData("Q42 ", false)]
    [InlineData("Q-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_AcceptsOnlyQAndANumber(string? value, bool valid) => Assert.Equal(valid, Qid.IsValid(value));
}
