using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Finds <see cref="TitleConstruction"/>s in a sentence from the lexicon's titles: the owner may stand
/// after the title ("Presiden Rusia", "President of France", "rekan sejawatnya dari Korea Utara") or
/// before it ("Russian President", "Russia's foreign minister"); an ambassador's host ("untuk Pyongyang")
/// is skipped; the name may follow (optionally after a comma) or precede with a comma (English apposition).
/// Each decision is a named rule: <see cref="TitleExtentRules"/> in order, then the first <see cref="TitleHolderRules"/> that applies.
/// </summary>
public static class TitleFinder
{
    public static List<TitleConstruction> Find(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, Sentence sentence)
    {
        var found = new List<TitleConstruction>();
        var text = Layers.SubWords(document);
        var end = sentence.FirstToken + sentence.TokenCount;
        var words = text.Words.AsSpan(0, text.FirstOf[end]);
        var titleCase = FoldedText.IsTitleCase(document, sentence.Index);
        var p = text.FirstOf[sentence.FirstToken];
        while (p < words.Length)
        {
            IReadOnlyList<TitleEntry> values = [];
            var n = text.StartsToken(p) && !lookup.IsCovered(text.Owner[p])
                ? lexicon.Titles.LongestMatch(words, p, text, static (s, _, e) => s.EndsToken(e - 1), out values) : 0;
            if (n == 0) { p++; continue; }
            found.Add(Build(new TitleDraft(document, folded, lexicon, lookup, values[0], text.Owner[p], text.Owner[p + n - 1] + 1, sentence, titleCase)));
            p += n;
        }
        return JoinTitles(folded, lexicon, found);
    }

    /// <summary>Applies the extent rules in order, then returns what the first holder rule that applies gives.</summary>
    public static TitleConstruction Build(TitleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var rule in TitleExtentRules.All) rule.Apply(draft);
        var construction = draft.Construction();
        foreach (var rule in TitleHolderRules.All)
        {
            if (rule.Try(draft, construction) is { } done) return done;
        }
        return construction;
    }

    /// <summary>
    /// "Putra Mahkota sekaligus Perdana Menteri Arab Saudi, Pangeran Mohammed bin Salman": a title joined to the next
    /// one shares its owner and holder.
    /// </summary>
    private static List<TitleConstruction> JoinTitles(ImmutableArray<string> folded, LanguageLexicon lexicon, List<TitleConstruction> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.Owners.Count > 0 || a.Person is not null || a.UnknownName.End > 0 || a.IsAnaphor) continue;
            if (a.End >= folded.Length || !lexicon.Is(WordClass.TitleJoin, folded[a.End]) || b.First != a.End + 1) continue;
            found[i] = a with { Owners = b.Owners, Person = b.Person, UnknownName = b.UnknownName, End = b.End };
        }
        return found;
    }
}
