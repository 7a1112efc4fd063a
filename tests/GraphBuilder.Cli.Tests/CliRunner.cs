namespace GraphBuilder.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what a user would see.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
