namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// One entry of the input walk: a file to read, or a path that was not read with the reason.
/// <see cref="IsWarning"/> marks a harmless skip (a directory reached twice, the output folder);
/// otherwise a reason is an error.
/// </summary>
public sealed record InputFile(string Path, string? Reason = null, bool IsWarning = false)
{
    public bool IsReadable => Reason is null;

    public static InputFile Error(string path, string reason) => new(path, reason);

    public static InputFile Skipped(string path, string reason) => new(path, reason, IsWarning: true);
}
