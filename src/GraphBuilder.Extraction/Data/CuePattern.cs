using System.Collections.Frozen;
using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// A relation cue pattern from <c>lexicon/LANG/relations.tsv</c>, e.g.
/// <c>S menuduh O</c>, <c>O dituduh oleh S</c>, <c>dukungan *4 S kepada|terhadap O</c>, <c>S dan? bertemu</c>.
/// Words are matched case-insensitively; <c>a|b</c> are alternatives, a trailing <c>?</c> makes a word
/// optional, <c>PREFIX:root</c> stands for the root's inflected forms (<see cref="Morphology"/>), <c>*N</c> skips up to N tokens within the clause (<c>~N</c> also across commas). A pattern with only S relates the members of a
/// coordinated subject to each other (symmetric predicates).
/// </summary>
public sealed record CuePattern(string Rule, Predicate Predicate, ImmutableArray<PatternElement> Elements)
{
    /// <summary>Index of the first literal element: where matching is anchored.</summary>
    public int Anchor { get; } = Elements.IndexOf(Elements.First(e => e.Kind == PatternElementKind.Literal && !e.Optional));

    public bool HasObject => Elements.Any(e => e.Kind == PatternElementKind.Object);

    public static CuePattern Parse(string rule, Predicate predicate, string pattern, Morphology? morphology = null)
    {
        morphology ??= Morphology.None;
        var elements = ImmutableArray.CreateBuilder<PatternElement>();
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "S") elements.Add(new PatternElement(PatternElementKind.Subject));
            else if (part == "O") elements.Add(new PatternElement(PatternElementKind.Object));
            else if (part[0] is '*' or '~' && part.Length > 1 && int.TryParse(part.AsSpan(1), out var gap))
                elements.Add(new PatternElement(PatternElementKind.Gap) { MaxGap = gap, AllowsComma = part[0] == '~' });
            else
            {
                var optional = part.EndsWith('?');
                var words = (optional ? part[..^1] : part).Split('|', StringSplitOptions.RemoveEmptyEntries)
                    .SelectMany(w => Forms(morphology, rule, w)).Select(w => NameKey.Fold(w));
                elements.Add(new PatternElement(PatternElementKind.Literal) { Words = words.ToFrozenSet(StringComparer.Ordinal), Optional = optional });
            }
        }
        if (!elements.Any(e => e.Kind == PatternElementKind.Literal && !e.Optional))
            throw new FormatException($"Cue pattern {rule}: needs at least one required word: '{pattern}'.");
        if (!elements.Any(e => e.Kind == PatternElementKind.Subject))
            throw new FormatException($"Cue pattern {rule}: needs a subject slot S: '{pattern}'.");
        var anchor = elements.IndexOf(elements.First(e => e.Kind == PatternElementKind.Literal && !e.Optional));
        if (elements.Take(anchor).Count(e => e.IsSlot) > 1 || elements.Take(anchor).Any(e => e.Kind == PatternElementKind.Literal && !e.Optional))
            throw new FormatException($"Cue pattern {rule}: at most one slot (with a gap and optional words) may precede the first required word: '{pattern}'.");
        return new CuePattern(rule, predicate, elements.ToImmutable());
    }

    private static IEnumerable<string> Forms(Morphology morphology, string rule, string word)
    {
        try
        {
            return morphology.Forms(word).ToList();
        }
        catch (FormatException e)
        {
            throw new FormatException($"Cue pattern {rule}: {e.Message}", e);
        }
    }
}
