namespace GraphBuilder.TestSupport;

/// <summary>
/// The team's shared data outside the repository (<c>../shared/NAME</c>): the environment variable given, else the
/// first <c>shared/NAME</c> beside the repository or above it (so a clone in a sub-folder finds it too); null when absent.
/// </summary>
public static class SharedFolder
{
    public static string? Find(string name, string environmentVariable)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } set) return Directory.Exists(set) ? Path.GetFullPath(set) : null;
        for (var dir = new DirectoryInfo(RepoPaths.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
