using GraphBuilder.Nlp.Clustering;

namespace GraphBuilder.Nlp.Tests.Clustering;

public class CaseProfileTests
{
    [Fact]
    public void Build_CasedSentences_ClassifiesHowEachWordIsWritten()
    {
        var profile = CaseProfile.Build([
            ["Dia", "tiba", "di", "Jakarta", "bersama", "TNI"],
            ["Kami", "di", "Jakarta", "dan", "Bank", "TNI"],
            ["Lalu", "bank", "itu", "Bank", "tutup", "bank", "bank"],
        ]);
        Assert.Equal(4, profile.Of("jakarta"));
        Assert.Equal(1, profile.Of("di"));
        Assert.Equal(5, profile.Of("tni"));
        Assert.Equal(2, profile.Of("bank")); // capitalised 2 times of 5
        Assert.Equal(0, profile.Of("dia")); // only seen first in a sentence
    }

    [Fact]
    public void Build_LowerCasedSentence_TellsNothing()
    {
        var profile = CaseProfile.Build([["dia", "tiba", "di", "jakarta"]]);
        Assert.Equal(0, profile.Of("jakarta"));
        Assert.Empty(profile.Words);
    }

    [Fact]
    public void Read_ClassOutOfRange_NamesFileAndLine()
    {
        using var dir = new GraphBuilder.TestSupport.TempDirectory();
        var path = Path.Combine(dir.Path, "case.tsv");
        File.WriteAllText(path, "jakarta\t4\nmedan\t9\n");
        var e = Assert.Throws<FormatException>(() => CaseProfile.Read(path));
        Assert.Contains("case.tsv:2", e.Message);
    }
}
