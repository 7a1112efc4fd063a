using GraphBuilder.Cli;
using GraphBuilder.Cli.Commands;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>train, eval-ner and eval-pos on hand-made files (the public-corpus checks live in GraphBuilder.Nlp.Tests).</summary>
public sealed class TaggerCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void EvalNer_HandMadeGold_PerTypeLinesAndOverallLast()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.txt", "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nJakarta\tB-PLACE\n.\tO\n\n");
        var (code, output, _) = Run("eval-ner", "--gold", gold);
        Assert.Equal(ExitCodes.Success, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^overall P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("LOC ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PERSON ", StringComparison.Ordinal));
    }

    [Fact]
    public void EvalNer_MalformedGold_UsageErrorNamingFileAndLine()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("bad.txt", "Joko\tB-PERSON\nno-tab-here\n");
        var (code, _, error) = Run("eval-ner", "--gold", gold);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(gold + ":2:", error);
    }

    [Fact]
    public void EvalNer_DamagedModel_UsageErrorNamingModel()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.txt", "Joko\tB-PERSON\n\n");
        var model = dir.Write("broken.gbtm", "GBTAGGER but then nothing useful at all");
        var (code, _, error) = Run("eval-ner", "--gold", gold, "--model", model);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(model, error);
    }

    [Fact]
    public void EvalNer_UnknownType_UsageError()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.txt", "Joko\tB-PERSON\n\n");
        var (code, _, error) = Run("eval-ner", "--gold", gold, "--types", "PERSON,EVENT");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("EVENT", error);
    }

    [Fact]
    public void EvalPos_HandMadeConllu_PrintsAccuracyLast()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("gold.conllu", "1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tmengatakan\tkata\tVERB\t_\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n");
        var (code, output, _) = Run("eval-pos", "--gold", gold);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^accuracy=\d\.\d{4} correct=\d total=3$", output.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void Train_UnknownModel_UsageError()
    {
        var (code, _, error) = Run("train", "--model", "ner-xx");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("ner-xx", error);
    }

    [Fact]
    public void Train_MissingDataDirectory_UsageError()
    {
        var (code, _, error) = Run("train", "--data", "/no/such/corpora", "--out", Path.GetTempPath());
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("/no/such/corpora", error);
    }
}
