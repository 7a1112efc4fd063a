using GraphBuilder.TestSupport;

namespace GraphBuilder.Nlp.Tests;

/// <summary>
/// ../shared/data (the public corpora). Tests that need it skip with a printed reason when it is absent on a
/// developer machine and fail under CI=true, like the external-tool tests.
/// </summary>
internal static class SharedData
{
    /// <summary>GRAPHBUILDER_SHARED_DATA, else the first shared/data beside or above the repository, else ../shared/data.</summary>
    public static string Directory =>
        SharedFolder.Find("data", "GRAPHBUILDER_SHARED_DATA") ?? Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data"));

    public static string Require(string relativePath)
    {
        var path = Path.Combine(Directory, relativePath);
        ExternalTool.Require(File.Exists(path), $"public corpus {path} not found (see docs/nlp.md)");
        return Directory;
    }

    public static string Model(string fileName) => Path.Combine(RepoPaths.Ontology, "models", fileName);
}
