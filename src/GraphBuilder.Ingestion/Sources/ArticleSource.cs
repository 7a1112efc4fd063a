using GraphBuilder.Ingestion.Readers;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// Streams articles from files and directories (see <see cref="InputWalker"/> for the walk),
/// choosing a reader by extension. Nothing is held beyond the article being read.
/// </summary>
public sealed class ArticleSource
{
    private readonly Dictionary<string, IArticleReader> _readers = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<string> _excluded;

    /// <param name="limits">Size limits per article.</param>
    /// <param name="excludedDirectories">Directories never read as input (the output folder).</param>
    public ArticleSource(ReaderLimits? limits = null, IEnumerable<string>? excludedDirectories = null)
    {
        limits ??= ReaderLimits.Default;
        _excluded = [.. excludedDirectories ?? []];
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
        foreach (var input in Files(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input.IsWarning) { yield return ArticleReadResult.Skip(input.Path, input.Reason!); continue; }
            if (!input.IsReadable) { yield return ArticleReadResult.Fail(input.Path, input.Reason!); continue; }
            var reader = _readers[Path.GetExtension(input.Path)];
            foreach (var result in reader.Read(input.Path, cancellationToken)) yield return result;
        }
    }

    /// <summary>The input files in reading order, and every path not read with the reason.</summary>
    public IEnumerable<InputFile> Files(IEnumerable<string> paths) =>
        new InputWalker(f => _readers.ContainsKey(Path.GetExtension(f)), _excluded)
        {
            Unsupported = f => $"unsupported file type '{Path.GetExtension(f)}' (supported: {string.Join(", ", SupportedExtensions)})",
        }.Walk(paths);

    /// <summary>Files inside the given directories that are skipped because no reader handles their type (hidden ones not counted).</summary>
    public int UnsupportedFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return paths.Where(Directory.Exists)
            .Sum(d => Directory.EnumerateFiles(d, "*", options).Count(f => !_readers.ContainsKey(Path.GetExtension(f)) && !IsHidden(f, d) && !IsExcluded(f)));
    }

    // The output folder is never input, so its files are not "skipped" either.
    private bool IsExcluded(string file) => _excluded.Any(x => Path.GetFullPath(file).StartsWith(Path.GetFullPath(x).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static bool IsHidden(string file, string root) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    /// <summary>Total size of the input files, for progress reporting.</summary>
    public long TotalBytes(IEnumerable<string> paths) =>
        Files(paths).Where(f => f.IsReadable).Sum(f => new FileInfo(f.Path).Length);
}
