using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphBuilder.Benchmarks;

/// <summary>A command run under <c>/usr/bin/time -v</c>: wall-clock, CPU (user + system) and peak RSS as the kernel counted them.</summary>
public sealed partial record TimeReport(int ExitCode, double WallSeconds, double CpuSeconds, long PeakRssKb, string Error)
{
    public static TimeReport Run(string program, IEnumerable<string> arguments)
    {
        var psi = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-v");
        psi.ArgumentList.Add(program);
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("/usr/bin/time not found (Debian package: time)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        double Number(Regex pattern) => pattern.Match(stderr) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        return new TimeReport(process.ExitCode, Wall(stderr), Number(UserPattern()) + Number(SystemPattern()), (long)Number(RssPattern()), stderr);
    }

    // "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.03"
    private static double Wall(string text)
    {
        var m = WallPattern().Match(text);
        if (!m.Success) return double.NaN;
        var parts = m.Groups[1].Value.Split(':');
        return parts.Aggregate(0.0, (total, part) => total * 60 + double.Parse(part, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"User time \(seconds\): ([\d.]+)")] private static partial Regex UserPattern();
    [GeneratedRegex(@"System time \(seconds\): ([\d.]+)")] private static partial Regex SystemPattern();
    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")] private static partial Regex RssPattern();
    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)")] private static partial Regex WallPattern();
}
