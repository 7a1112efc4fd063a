using GraphBuilder.Nlp.Clustering;

namespace GraphBuilder.Nlp.Tests.Clustering;

public class ExchangeClusteringTests
{
    // Two kinds of word: cities follow "di" and precede "kemarin"; verbs follow "dia" and precede "lagi".
    private static readonly string[][] Text =
    [
        .. new[] { "jakarta", "bandung", "medan", "surabaya" }.SelectMany(c => new[] { new[] { "dia", "tiba", "di", c, "kemarin" }, ["kami", "di", c, "kemarin"] }),
        .. new[] { "makan", "tidur", "lari", "pergi" }.SelectMany(v => new[] { new[] { "dia", v, "lagi" }, ["lalu", "dia", v, "lagi", "tadi"] }),
    ];

    private static readonly ClusterOptions Options = new() { MinCount = 1, Classes = [4, 2], Passes = 20 };

    [Fact]
    public void Build_WordsSharingContexts_ShareTheirFineClass()
    {
        var clusters = WordClusters.Build(Text, Options);
        var city = clusters.Of("jakarta")![0];
        var verb = clusters.Of("makan")![0];
        Assert.NotEqual(city, verb);
        Assert.All(new[] { "bandung", "medan", "surabaya" }, w => Assert.Equal(city, clusters.Of(w)![0]));
        Assert.All(new[] { "tidur", "lari", "pergi" }, w => Assert.Equal(verb, clusters.Of(w)![0]));
    }

    [Fact]
    public void Build_CoarserLevel_IsNestedInTheFinerOne()
    {
        var clusters = WordClusters.Build(Text, Options);
        var parents = new Dictionary<int, int>();
        foreach (var w in clusters.Words)
        {
            var c = clusters.Of(w)!;
            Assert.Equal(2, c.Length);
            Assert.InRange(c[1], 0, 1);
            if (parents.TryGetValue(c[0], out var p)) Assert.Equal(p, c[1]);
            else parents[c[0]] = c[1];
        }
    }

    [Fact]
    public void Build_MixedCaseAndRareWords_LowerCasesAndDropsRareOnes()
    {
        var clusters = WordClusters.Build([["Dia", "di", "Jakarta"], ["dia", "di", "jakarta"], ["sekali"]], Options with { MinCount = 2 });
        Assert.NotNull(clusters.Of("jakarta"));
        Assert.Null(clusters.Of("Jakarta"));
        Assert.Null(clusters.Of("sekali"));
        Assert.Equal(["di", "dia", "jakarta"], clusters.Words); // most frequent first, ties in ordinal order
    }

    [Fact]
    public void Build_SameInput_SameTsvBytes_AndTsvRoundTrips()
    {
        var a = WordClusters.Build(Text, Options).ToTsv();
        Assert.Equal(a, WordClusters.Build(Text, Options).ToTsv());
        using var dir = new GraphBuilder.TestSupport.TempDirectory();
        var path = Path.Combine(dir.Path, "clusters.tsv");
        File.WriteAllText(path, a);
        Assert.Equal(a, WordClusters.Read(path).ToTsv());
    }

    [Fact]
    public void Read_BadClassNumber_NamesFileAndLine()
    {
        using var dir = new GraphBuilder.TestSupport.TempDirectory();
        var path = Path.Combine(dir.Path, "clusters.tsv");
        File.WriteAllText(path, "# header\njakarta\t3\t1\nmedan\tx\t1\n");
        var e = Assert.Throws<FormatException>(() => WordClusters.Read(path));
        Assert.Contains("clusters.tsv:3", e.Message);
    }

    [Fact]
    public void Read_HashWordAfterTheHeader_IsAWord()
    {
        using var dir = new GraphBuilder.TestSupport.TempDirectory();
        var path = Path.Combine(dir.Path, "clusters.tsv");
        File.WriteAllText(path, "# header\n#\t3\t1\n#pemilu\t2\t0\n");
        Assert.Equal(["#", "#pemilu"], WordClusters.Read(path).Words);
    }

    [Fact]
    public void Cluster_ContextOutsideRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => ExchangeClustering.Cluster([[(5, 1)]], contexts: 3, classes: 2, passes: 1));
    }
}
