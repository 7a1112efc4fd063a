namespace GraphBuilder.Cli.Commands;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some inputs failed (each reported); everything else was written.</summary>
    public const int PartialFailure = 1;
    public const int UsageError = 2;
}
