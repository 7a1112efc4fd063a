namespace GraphBuilder.Core.Output;

/// <summary>Settings shared by exporters (bound from the "Export" configuration section).</summary>
public sealed record ExportSettings
{
    /// <summary>Base of entity and article IRIs; entity IRIs are <c>{BaseIri}id/{stable id}</c>.</summary>
    public string BaseIri { get; init; } = "https://graphbuilder.dev/";

    /// <summary>Rows per UNWIND batch in Cypher exports and loads.</summary>
    public int BatchSize { get; init; } = 2000;
}
