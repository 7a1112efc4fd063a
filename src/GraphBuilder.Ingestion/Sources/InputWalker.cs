namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Walks input paths: files as given, directories recursively in ordinal name order, hidden
/// entries (names starting with '.') skipped. Symbolic links are followed, but a directory
/// already visited (same device and inode: a symlink loop or a repeated path) is skipped with a
/// message, and so is anything that is not a regular file or a directory (FIFO, socket, device),
/// which is never opened. Excluded directories (the output folder) are never entered.
/// </summary>
public sealed class InputWalker(Func<string, bool> accepts, IEnumerable<string>? excludedDirectories = null)
{
    private readonly HashSet<string> _excluded = [.. (excludedDirectories ?? []).Select(FileNode.Of)
        .Where(n => n.Kind == FileNodeKind.Directory).Select(n => n.Identity)];

    /// <summary>Describes why a path with this extension is not read (unsupported type); set by the caller.</summary>
    public Func<string, string>? Unsupported { get; init; }

    public IEnumerable<InputFile> Walk(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var node = FileNode.Of(path);
            switch (node.Kind)
            {
                case FileNodeKind.Regular:
                    yield return accepts(path) ? new InputFile(path) : InputFile.Error(path, Unsupported?.Invoke(path) ?? "unsupported file type");
                    break;
                case FileNodeKind.Directory:
                    foreach (var file in Directory(path, node, visited)) yield return file;
                    break;
                case FileNodeKind.Missing:
                    yield return InputFile.Error(path, "no such file or directory");
                    break;
                default:
                    yield return InputFile.Error(path, $"is {node.Describe()}, not a regular file; not read");
                    break;
            }
        }
    }

    private IEnumerable<InputFile> Directory(string directory, FileNode node, HashSet<string> visited)
    {
        if (_excluded.Contains(node.Identity))
        {
            yield return InputFile.Skipped(directory, "is the output directory; not read as input");
            yield break;
        }
        if (!visited.Add(node.Identity))
        {
            yield return InputFile.Skipped(directory, "directory already visited (a symbolic link loop or a repeated path); skipped");
            yield break;
        }
        var (entries, error) = List(directory);
        if (error is not null) { yield return InputFile.Error(directory, "cannot read directory: " + error); yield break; }
        // Sorting "name/" for directories keeps the walk in ordinal order of full paths.
        var children = entries.Select(e => (Path: e, Node: FileNode.Of(e)))
            .OrderBy(c => c.Node.Kind == FileNodeKind.Directory ? c.Path + "/" : c.Path, StringComparer.Ordinal);
        foreach (var (entry, child) in children)
        {
            switch (child.Kind)
            {
                case FileNodeKind.Directory:
                    foreach (var file in Directory(entry, child, visited)) yield return file;
                    break;
                case FileNodeKind.Regular:
                    if (accepts(entry)) yield return new InputFile(entry);
                    break;
                case FileNodeKind.Missing:
                    yield return InputFile.Skipped(entry, "broken symbolic link; skipped");
                    break;
                default:
                    yield return accepts(entry)
                        ? InputFile.Error(entry, $"is {child.Describe()}, not a regular file; not read")
                        : InputFile.Skipped(entry, $"is {child.Describe()}; skipped");
                    break;
            }
        }
    }

    private static (List<string> Entries, string? Error) List(string directory)
    {
        try
        {
            var entries = System.IO.Directory.EnumerateFileSystemEntries(directory)
                .Where(e => !System.IO.Path.GetFileName(e).StartsWith('.'))
                .ToList();
            return (entries, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], e.Message);
        }
    }
}
