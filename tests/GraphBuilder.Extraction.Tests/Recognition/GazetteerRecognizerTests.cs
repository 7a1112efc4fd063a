using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Recognition;

public sealed class GazetteerRecognizerTests
{
    private static List<string> Mentions(string text, string? language = null) =>
        [.. Ex.Run(text, language).Mentions.Where(m => m.Rule.StartsWith("gazetteer", StringComparison.Ordinal)).Select(m => $"{m.Text}={m.EntityId}")];

    [Fact]
    public void Process_NestedNames_LongestMatchWins()
    {
        var found = Mentions("Dewan Keamanan PBB bersidang.");
        Assert.Equal(["Dewan Keamanan PBB=organization/united-nations-security-council"], found);
    }

    [Fact]
    public void Process_CapitalAndShortForm_ResolveToCountry()
    {
        var found = Mentions("Pyongyang dan Korsel serta AS bertemu.");
        Assert.Equal(["Pyongyang=country/north-korea", "Korsel=country/south-korea", "AS=country/united-states"], found);
    }

    [Fact]
    public void Process_ShortAcronym_MatchesOnlyWithItsCase()
    {
        // "as" and "us" are English words; "AS" and "US" are the United States.
        Assert.Empty(Mentions("He spoke to us as a friend.", "en"));
        Assert.Equal(["US=country/united-states"], Mentions("The US spoke.", "en"));
    }

    [Fact]
    public void Process_HyphenVariant_MatchesSameEntry()
    {
        Assert.Equal(["Kim Jong-un=person/kim-jong-un"], Mentions("Kim Jong-un tiba."));
    }

    [Fact]
    public void Process_LowerCaseWord_IsNotAName()
    {
        Assert.Empty(Mentions("wagner itu nama belakang."));
    }
}
