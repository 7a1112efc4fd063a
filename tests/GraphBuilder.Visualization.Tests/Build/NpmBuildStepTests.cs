using System.Diagnostics;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Visualization.Tests.Build;

/// <summary>
/// The MSBuild step that installs the page's npm libraries: without Node/npm it must stop the build
/// with a clear message (never produce a blank page), and it must not need npm once node_modules is installed.
/// </summary>
public sealed class NpmBuildStepTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly string Project = Path.Combine(RepoPaths.Root, "src", "GraphBuilder.Visualization", "GraphBuilder.Visualization.csproj");
    private static readonly string WebDir = Path.Combine(RepoPaths.Root, "src", "GraphBuilder.Visualization", "web");

    /// <summary>Runs the restore step with a PATH that holds only dotnet and sh, so npm cannot be found.</summary>
    private (int ExitCode, string Output) RunRestoreWithoutNpm(string webDir)
    {
        var dotnet = Resolve(ExternalTool.FindOnPath("dotnet"));
        var sh = Resolve(ExternalTool.FindOnPath("sh"));
        ExternalTool.Require(dotnet is not null && sh is not null && !OperatingSystem.IsWindows(), "dotnet and sh on PATH (Unix)");
        var bin = Directory.CreateDirectory(_dir.File("bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), dotnet!);
        File.CreateSymbolicLink(Path.Combine(bin, "sh"), sh!);
        var psi = new ProcessStartInfo(Path.Combine(bin, "dotnet"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        foreach (var a in new[] { "msbuild", Project, "-t:GraphWebEmbed", "-nologo", "-nodeReuse:false", $"-p:GraphWebDir={webDir.TrimEnd('/')}/" }) psi.ArgumentList.Add(a);
        psi.Environment["PATH"] = bin;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet!)!;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "msbuild did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Resolve(string? path) =>
        path is null ? null : (File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path);

    [SkippableFact]
    public void Build_NoNodeModulesAndNoNpm_FailsSayingNodeAndNpmAreNeeded()
    {
        var web = Directory.CreateDirectory(_dir.File("web")).FullName;
        File.Copy(Path.Combine(WebDir, "package.json"), Path.Combine(web, "package.json"));
        File.Copy(Path.Combine(WebDir, "package-lock.json"), Path.Combine(web, "package-lock.json"));

        var (code, output) = RunRestoreWithoutNpm(web);

        Assert.NotEqual(0, code);
        Assert.Contains("needs Node.js and npm to build graph.html", output);
        Assert.False(Directory.Exists(Path.Combine(web, "node_modules")));
    }

    [SkippableFact]
    public void Build_NodeModulesInstalled_DoesNotNeedNpm()
    {
        ExternalTool.Require(File.Exists(Path.Combine(WebDir, "node_modules", ".package-lock.json")), "web/node_modules installed by a previous build");

        var (code, output) = RunRestoreWithoutNpm(WebDir);

        Assert.True(code == 0, output);
        Assert.DoesNotContain("npm ci", output);
    }

    public void Dispose() => _dir.Dispose();
}
