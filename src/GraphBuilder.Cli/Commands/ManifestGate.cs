using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// The check every command that reads an ingest output directory makes first: the files it is about
/// to read must be the complete, unchanged set of the last ingest run (<see cref="OutputManifest.Verify"/>).
/// </summary>
public static class ManifestGate
{
    /// <summary>True when the files may be read; otherwise the reason was printed as an error.</summary>
    public static bool Allows(CliContext context, string directory, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        var check = OutputManifest.Verify(directory, files);
        if (check.Warning is not null) context.Error.WriteLine("warning: " + check.Warning);
        if (check.Error is not null) context.Error.WriteLine("error: " + check.Error);
        return check.Ok;
    }
}
