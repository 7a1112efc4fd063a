namespace GraphBuilder.TestSupport;

/// <summary>Locations inside the repository, found from the test binary upwards.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GraphBuilder.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Ontology => Path.Combine(Root, "ontology");
    public static string Queries => Path.Combine(Root, "queries");
}
