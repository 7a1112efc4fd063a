using GraphBuilder.Core.Output;

namespace GraphBuilder.Cli.Exporters;

/// <summary>Parses a --formats value ("all" or "nt,ttl,...") against the available exporters.</summary>
public static class FormatSelection
{
    public static (IReadOnlyList<IGraphExporter> Selected, string? Error) Select(string? formats, IReadOnlyList<IGraphExporter> available)
    {
        if (string.IsNullOrWhiteSpace(formats) || formats.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
            return (available, null);
        var wanted = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = available.ToDictionary(e => e.Format, StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.Where(w => !known.ContainsKey(w)).ToList();
        if (unknown.Count > 0)
            return ([], $"unknown format(s): {string.Join(", ", unknown)}. Available: all, {string.Join(", ", available.Select(e => e.Format))}");
        var set = wanted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (available.Where(e => set.Contains(e.Format)).ToList(), null);
    }
}
