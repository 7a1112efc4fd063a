using System.Diagnostics;

namespace GraphBuilder.Core.Output;

/// <summary>
/// Writes a whole set of output files as one unit. Exporters write into a hidden staging directory
/// inside the target (<see cref="Staging"/>); <see cref="Commit"/> then removes the old manifest,
/// renames each finished file over its target and writes the new <see cref="OutputManifest"/> last.
/// Disposing without a commit (failure, Ctrl+C) deletes the staging directory, so the previous
/// output set stays exactly as it was. Staging left by a killed process is removed by the next run.
/// </summary>
public sealed class OutputSet : IDisposable
{
    private const string StagingPrefix = ".graphbuilder-staging-";
    private bool _done;

    private OutputSet(string directory, string staging)
    {
        Directory = directory;
        StagingPath = staging;
        Staging = new OutputDirectory(staging);
    }

    /// <summary>The target directory (full path).</summary>
    public string Directory { get; }

    public string StagingPath { get; }

    /// <summary>Where exporters write; nothing here is visible as output until <see cref="Commit"/>.</summary>
    public OutputDirectory Staging { get; }

    /// <summary>Leftover staging directories of dead processes that <see cref="Begin"/> removed.</summary>
    public IReadOnlyList<string> RemovedLeftovers { get; private init; } = [];

    public static OutputSet Begin(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(full);
        var removed = RemoveLeftovers(full);
        var staging = Path.Combine(full, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(staging);
        return new OutputSet(full, staging) { RemovedLeftovers = removed };
    }

    /// <summary>
    /// Switches the staged files in. <paramref name="keepOtherEntries"/> false: the manifest lists exactly
    /// this set (ingest); true: entries of other files are kept (visualize rebuilding some files).
    /// Files named in <paramref name="discard"/> (of failed exports) are not switched in.
    /// </summary>
    public IReadOnlyList<string> Commit(bool keepOtherEntries, IEnumerable<string>? discard = null)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var skip = new HashSet<string>((discard ?? []).Select(d => d.Replace('\\', '/')), StringComparer.Ordinal);
        var files = System.IO.Directory.EnumerateFiles(StagingPath, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(StagingPath, f).Replace('\\', '/'))
            .Where(f => !skip.Contains(f) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var entries = files.Select(f => OutputManifest.Describe(Path.Combine(StagingPath, f), f)).ToList();
        var target = new OutputDirectory(Directory);
        // Rebuilding files in a directory that ingest never wrote (no manifest) keeps it without one.
        var unmanaged = keepOtherEntries && !File.Exists(target.PathOf(OutputManifest.FileName));
        var previous = keepOtherEntries ? OutputManifest.TryRead(Directory).Manifest : null;
        var manifest = (previous ?? new OutputManifest([])).With(entries);

        if (!unmanaged) target.WriteText(OutputManifest.FileName, OutputManifest.WriteIncomplete);
        foreach (var file in files)
        {
            var path = target.PathOf(file);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(Path.Combine(StagingPath, file), path, overwrite: true);
        }
        if (!unmanaged) target.WriteText(OutputManifest.FileName, manifest.Write);
        Dispose();
        return files;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try { System.IO.Directory.Delete(StagingPath, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }

    private static List<string> RemoveLeftovers(string directory)
    {
        var removed = new List<string>();
        foreach (var dir in System.IO.Directory.EnumerateDirectories(directory, StagingPrefix + "*"))
        {
            var name = Path.GetFileName(dir)[StagingPrefix.Length..];
            var dash = name.IndexOf('-');
            if (dash > 0 && int.TryParse(name[..dash], out var pid) && IsRunning(pid)) continue;
            try
            {
                System.IO.Directory.Delete(dir, recursive: true);
                removed.Add(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
