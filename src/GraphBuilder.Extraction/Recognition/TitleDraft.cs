using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// One title construction while <see cref="TitleFinder"/>'s rules build it: the title found, the sentence around it, and
/// what the rules so far decided (owners, where the construction starts and how far it reaches).
/// </summary>
public sealed class TitleDraft
{
    public TitleDraft(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, TitleEntry title, int titleFirst, int titleEnd, Sentence sentence, bool titleCase)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(title);
        Document = document;
        Folded = folded;
        Lexicon = lexicon;
        Lookup = lookup;
        Title = title;
        TitleFirst = titleFirst;
        TitleEnd = titleEnd;
        SentenceFirst = sentence.FirstToken;
        SentenceEnd = sentence.FirstToken + sentence.TokenCount;
        TitleCase = titleCase;
        Start = titleFirst;
        End = titleEnd;
    }

    public Document Document { get; }
    public ImmutableArray<string> Folded { get; }
    public LanguageLexicon Lexicon { get; }
    public MentionLookup Lookup { get; }
    public TitleEntry Title { get; }
    public int TitleFirst { get; }
    public int TitleEnd { get; }
    public int SentenceFirst { get; }
    public int SentenceEnd { get; }

    /// <summary>True in a headline-cased sentence, where a capital letter says nothing about names.</summary>
    public bool TitleCase { get; }

    /// <summary>The countries or organisations the title belongs to, once found.</summary>
    public List<EntityMention> Owners { get; } = [];

    /// <summary>First token of the construction so far (the title's, or an owner's before it).</summary>
    public int Start { get; set; }

    /// <summary>The token after the title, its owner and qualifiers so far.</summary>
    public int End { get; set; }

    public bool OwnerAcrossComma { get; set; }
    public bool OwnerIsDelegation { get; set; }

    public bool Is(string wordClass, int token) => Lexicon.Is(wordClass, Folded[token]);

    /// <summary>The construction as decided so far, with no holder yet.</summary>
    public TitleConstruction Construction() =>
        new(Title, TitleFirst, TitleEnd) { Owners = Owners, First = Start, End = End, OwnerAcrossComma = OwnerAcrossComma, OwnerIsDelegation = OwnerIsDelegation };

    /// <summary>The countries and organisations among the mentions, or null when there are none.</summary>
    public static List<EntityMention>? OwnersIn(IReadOnlyList<EntityMention> mentions)
    {
        List<EntityMention>? owners = null;
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Country or EntityType.Organization) (owners ??= []).Add(m);
        }
        return owners;
    }
}
