using GraphBuilder.Ingestion.Readers;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Streams articles from files and directories (recursive, in ordinal path order, hidden entries skipped),
/// choosing a reader by extension. Nothing is held beyond the article being read.
/// </summary>
public sealed class ArticleSource
{
    private readonly Dictionary<string, IArticleReader> _readers = new(StringComparer.OrdinalIgnoreCase);

    public ArticleSource(ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        foreach (var reader in new IArticleReader[] { new PlainTextReader(limits), new MarkdownReader(limits), new HtmlReader(limits), new JsonLinesReader(limits) })
        {
            foreach (var ext in reader.Extensions) _readers[ext] = reader;
        }
    }

    public IReadOnlyCollection<string> SupportedExtensions => _readers.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads every article under the given paths with default limits.</summary>
    public static IEnumerable<ArticleReadResult> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        new ArticleSource().ReadAll(paths, cancellationToken);

    public IEnumerable<ArticleReadResult> ReadAll(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var (file, error) in Files(paths))
        {
            if (error is not null) { yield return ArticleReadResult.Fail(file, error); continue; }
            var reader = _readers[Path.GetExtension(file)];
            foreach (var result in reader.Read(file, cancellationToken)) yield return result;
        }
    }

    /// <summary>The input files in reading order, or an error for each path that cannot be read.</summary>
    public IEnumerable<(string File, string? Error)> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                var ext = Path.GetExtension(path);
                yield return _readers.ContainsKey(ext)
                    ? (path, null)
                    : (path, $"unsupported file type '{ext}' (supported: {string.Join(", ", SupportedExtensions)})");
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in DirectoryFiles(path)) yield return (file, null);
            }
            else
            {
                yield return (path, "no such file or directory");
            }
        }
    }

    /// <summary>Files inside the given directories that are skipped because no reader handles their type (hidden ones not counted).</summary>
    public int UnsupportedFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return paths.Where(Directory.Exists)
            .Sum(d => Directory.EnumerateFiles(d, "*", options).Count(f => !_readers.ContainsKey(Path.GetExtension(f)) && !IsHidden(f, d)));
    }

    /// <summary>Total size of the input files, for progress reporting.</summary>
    public long TotalBytes(IEnumerable<string> paths) =>
        Files(paths).Where(f => f.Error is null).Sum(f => new FileInfo(f.File).Length);

    private IEnumerable<string> DirectoryFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => _readers.ContainsKey(Path.GetExtension(f)) && !IsHidden(f, directory))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string file, string root) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
