using GraphBuilder.Cli;
using GraphBuilder.Cli.Commands;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

public sealed class EvalCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Eval_Seeds_PrintsPerPredicateTableAboveTarget()
    {
        var (code, output, _) = Run("eval", "--gold", Path.Combine(RepoPaths.Root, "tests", "gold", "seeds.tsv"), RepoPaths.Seeds);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("supports", output);
        Assert.Contains("leaderOf", output);
        var overall = output.Split('\n').Single(l => l.StartsWith("overall", StringComparison.Ordinal));
        var f1 = double.Parse(overall.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(f1 >= 0.9, overall);
        Assert.Contains("misses (", output);
        Assert.Contains("false triples (", output);
    }

    [Fact]
    public void Eval_WrongGoldTriple_ListsItAsMissAndLowersRecall()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("a.txt", "Presiden Rusia Vladimir Putin bertemu dengan Presiden Tiongkok Xi Jinping di Moskow.\n");
        var gold = dir.Write("gold.tsv",
            "a.txt\tperson/vladimir-putin\tmeets\tperson/xi-jinping\n" +
            "a.txt\tperson/vladimir-putin\tinvades\tcountry/china\n");

        var (code, output, _) = Run("eval", "--gold", gold, article);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("a.txt\tperson/vladimir-putin\tinvades\tcountry/china", output.Split("false triples")[0]);
        Assert.Matches(@"meets\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000", output);
        Assert.Contains("false triples (2)", output); // the two leaderOf triples are not in this gold file
    }

    [Fact]
    public void Eval_MissingGoldFile_IsUsageError()
    {
        var (code, _, error) = Run("eval", "--gold", "/no/such/gold.tsv", RepoPaths.Seeds);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("/no/such/gold.tsv", error);
    }

    [Fact]
    public void Eval_MalformedGoldRow_NamesFileAndRow()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.tsv", "a.txt\tperson/x\tlikes\tperson/y\n");

        var (code, _, error) = Run("eval", "--gold", gold, RepoPaths.Seeds);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("likes", error);
        Assert.Contains("gold.tsv", error);
    }

    [Fact]
    public void Eval_WithoutGoldOption_IsUsageError()
    {
        var (code, _, _) = Run("eval", RepoPaths.Seeds);

        Assert.Equal(ExitCodes.UsageError, code);
    }

    [Fact]
    public void Eval_UnreadableInput_ReportsItAndExitsOne()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.tsv", "a.txt\tperson/vladimir-putin\tmeets\tperson/xi-jinping\n");

        var (code, _, error) = Run("eval", "--gold", gold, Path.Combine(dir.Path, "missing.txt"));

        Assert.Equal(ExitCodes.PartialFailure, code);
        Assert.Contains("missing.txt", error);
        Assert.Contains("a.txt", error); // the gold article was not among the inputs
    }
}
