using GraphBuilder.Ingestion.Processing;

namespace GraphBuilder.Cli.Terminal;

/// <summary>Writes an ingest run's input errors (all) and warnings (the first <see cref="MaxWarnings"/>) to stderr, one line each.</summary>
public static class ProblemPrinter
{
    public const int MaxWarnings = 50;

    public static void Print(TextWriter error, IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var e in report.Errors) error.WriteLine("error: " + e);
        foreach (var warning in report.Warnings.Take(MaxWarnings)) error.WriteLine("warning: " + warning);
        if (report.Warnings.Length > MaxWarnings) error.WriteLine($"warning: ... and {report.Warnings.Length - MaxWarnings} more warnings");
    }
}
