namespace GraphBuilder.Cli.Commands;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some inputs failed (each reported); everything else was written.</summary>
    public const int PartialFailure = 1;
    public const int UsageError = 2;
    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT); nothing of the run was switched into the output.</summary>
    public const int Cancelled = 130;
}
