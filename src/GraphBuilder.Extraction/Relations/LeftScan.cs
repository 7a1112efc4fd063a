namespace GraphBuilder.Extraction.Relations;

/// <summary>What a <see cref="LeftRule"/> decided at the current token.</summary>
public enum LeftOutcome : byte
{
    /// <summary>The rule does not apply here: try the next rule.</summary>
    Next,
    /// <summary>The rule moved <see cref="LeftScan.Pos"/>: start again from the first rule there.</summary>
    Moved,
    /// <summary>The slot is filled by <see cref="LeftStep.Units"/>.</summary>
    Found,
    /// <summary>The slot cannot be filled.</summary>
    Failed,
}

/// <summary>The outcome of one rule, with the units when the slot is filled.</summary>
public readonly record struct LeftStep(LeftOutcome Outcome, List<ArgumentUnit>? Units = null)
{
    public static LeftStep Next => new(LeftOutcome.Next);
    public static LeftStep Moved => new(LeftOutcome.Moved);
    public static LeftStep Failed => new(LeftOutcome.Failed);
    public static LeftStep Found(List<ArgumentUnit>? units) => units is null ? Failed : new(LeftOutcome.Found, units);
}

/// <summary>A named rule of the leftward slot scan (<see cref="ArgumentScanner.Left"/>).</summary>
public sealed record LeftRule(string Name, Func<LeftScan, LeftStep> Apply);

/// <summary>The state of one leftward scan for a slot: where it is and what it has crossed so far.</summary>
public sealed class LeftScan(SentenceContext context, int pos, int gap)
{
    public SentenceContext C { get; } = context;

    /// <summary>The token being looked at.</summary>
    public int Pos { get; set; } = pos;

    /// <summary>Plain tokens that may still be crossed (a pattern's <c>*N</c> before the cue).</summary>
    public int Gap { get; set; } = gap;

    /// <summary>Skippable words and head nouns crossed (counted while checked, up to a limit).</summary>
    public int Skipped { get; set; }

    /// <summary>Plain tokens crossed from the gap.</summary>
    public int GapUsed { get; set; }

    /// <summary>Unlisted adverbs crossed (at most one).</summary>
    public int Adverbs { get; set; }

    /// <summary>True while the scan has crossed nothing but quotes, complementisers and punctuation.</summary>
    public bool Untouched => Skipped == 0 && GapUsed == 0;
}
