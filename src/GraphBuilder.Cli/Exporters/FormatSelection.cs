using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Exporters;

/// <summary>Parses a --formats value ("all" or "nt,ttl,...") against the available exporters.</summary>
public static class FormatSelection
{
    public static (IReadOnlyList<IGraphExporter> Selected, string? Error) Select(string? formats, IReadOnlyList<IGraphExporter> available)
    {
        // Not configured at all means every export; an explicitly empty list ("--formats \"\"") is a mistake.
        if (formats is null || formats.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
            return (available, null);
        var wanted = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Length == 0)
            return ([], $"--formats is empty; name at least one of: all, {Names(available)}");
        var known = available.ToDictionary(e => e.Format, StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.Where(w => !known.ContainsKey(w)).ToList();
        if (unknown.Count > 0)
            return ([], $"unknown format(s): {string.Join(", ", unknown)}. Available: all, {Names(available)}");
        var set = wanted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (available.Where(e => set.Contains(e.Format)).ToList(), null);
    }

    /// <summary>The format names, comma-separated, for help texts and errors.</summary>
    public static string Names(IEnumerable<IGraphExporter> available) => string.Join(", ", available.Select(e => e.Format));
}
