namespace GraphBuilder.Cli.Configuration;

/// <summary>
/// Finds the ontology/ data directory: the configured path if set, else the copy next to the
/// binary (the build copies it there), else ./ontology in the current directory.
/// </summary>
public static class OntologyLocator
{
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        var besideBinary = Path.Combine(AppContext.BaseDirectory, "ontology");
        return Directory.Exists(besideBinary) ? besideBinary : Path.GetFullPath("ontology");
    }
}
