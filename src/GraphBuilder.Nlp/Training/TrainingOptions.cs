namespace GraphBuilder.Nlp.Training;

/// <summary>How a tagger is trained: passes over the data, feature table size and the shuffling seed.</summary>
public sealed record TrainingOptions
{
    public int Iterations { get; init; } = 10;

    /// <summary>The feature table has 2^Bits rows.</summary>
    public int Bits { get; init; } = 20;

    public ulong Seed { get; init; } = 20261202;

    /// <summary>Training runs (seeds Seed, Seed + 1, ...) whose averaged weights are averaged into the model.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Beam width used in training (early update) and stored in the model for decoding; 1 = greedy.</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Quantised weights with a smaller magnitude are dropped (0 keeps every non-zero weight).</summary>
    public int PruneBelow { get; init; } = 0;
}
