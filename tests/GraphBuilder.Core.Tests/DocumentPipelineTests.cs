using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Core.Tests;

public class DocumentPipelineTests
{
    private sealed class Append(string note) : IDocumentComponent
    {
        public string Name => note;
        public Document Process(Document document) => document with { Warnings = document.Warnings.Add(note) };
    }

    /// <summary>A component that only declares what it reads and writes.</summary>
    private sealed class Step(string name, DocumentLayers requires, DocumentLayers assigns) : IDocumentComponent
    {
        public string Name => name;
        public DocumentLayers Requires => requires;
        public DocumentLayers Assigns => assigns;
        public Document Process(Document document) => document;
    }

    [Fact]
    public void Process_FoldsComponentsInOrderWithoutMutatingInput()
    {
        var input = new Document(new Article("a", "t", "text", "p"));
        var pipeline = new DocumentPipeline([new Append("segment"), new Append("recognise")]);

        var output = pipeline.Process(input);

        Assert.Equal(["segment", "recognise"], output.Warnings.ToArray());
        Assert.Empty(input.Warnings);
    }

    [Fact]
    public void Constructor_RequiredLayerAssignedEarlier_Builds()
    {
        var pipeline = new DocumentPipeline(
        [
            new Step("segmenter", DocumentLayers.Text, DocumentLayers.Tokens),
            new Step("recogniser", DocumentLayers.Tokens, DocumentLayers.Mentions),
            new Step("titles", DocumentLayers.Mentions, DocumentLayers.Titles),
            new Step("relations", DocumentLayers.Titles | DocumentLayers.Mentions, DocumentLayers.Relations),
        ]);

        Assert.Equal(4, pipeline.Components.Length);
    }

    [Fact]
    public void Constructor_LayerNobodyAssigns_NamesComponentAndLayer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(
        [
            new Step("segmenter", DocumentLayers.Text, DocumentLayers.Tokens),
            new Step("recogniser", DocumentLayers.Tokens | DocumentLayers.SubWords, DocumentLayers.Mentions),
        ]));

        Assert.Contains("'recogniser'", error.Message);
        Assert.Contains("SubWords", error.Message);
        Assert.DoesNotContain("Tokens", error.Message);
    }

    [Fact]
    public void Constructor_WrongOrder_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(
        [
            new Step("recogniser", DocumentLayers.Tokens, DocumentLayers.Mentions),
            new Step("segmenter", DocumentLayers.Text, DocumentLayers.Tokens),
        ]));

        Assert.Contains("'recogniser' (position 1)", error.Message);
    }

    [Fact]
    public void Constructor_MentionsChangedAfterTitles_TitlesAreStale()
    {
        // Titles are computed from the mentions: a component adding mentions makes them stale until found again.
        Step[] components =
        [
            new("segmenter", DocumentLayers.Text, DocumentLayers.Tokens),
            new("recogniser", DocumentLayers.Tokens, DocumentLayers.Mentions),
            new("titles", DocumentLayers.Mentions, DocumentLayers.Titles),
            new("coreference", DocumentLayers.Titles, DocumentLayers.Mentions),
            new("relations", DocumentLayers.Titles, DocumentLayers.Relations),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(components));
        Assert.Contains("'relations'", error.Message);
        Assert.Contains("Titles", error.Message);

        // Finding the titles again fixes the order.
        _ = new DocumentPipeline([.. components[..4], new Step("titles again", DocumentLayers.Mentions, DocumentLayers.Titles), components[4]]);
    }

    [Fact]
    public void Constructor_TokensReplacedAfterFolding_FoldedTokensAreStale()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(
        [
            new Step("segmenter", DocumentLayers.Text, DocumentLayers.Tokens),
            new Step("folder", DocumentLayers.Tokens, DocumentLayers.FoldedTokens | DocumentLayers.SubWords),
            new Step("resegmenter", DocumentLayers.Text, DocumentLayers.Tokens),
            new Step("gazetteer", DocumentLayers.SubWords, DocumentLayers.Mentions),
        ]));

        Assert.Contains("'gazetteer'", error.Message);
    }

    [Theory]
    // Assigning the tokens makes everything computed from them stale (directly or through the mentions).
    [InlineData(DocumentLayers.Tokens, DocumentLayers.FoldedTokens | DocumentLayers.SubWords | DocumentLayers.PosTags | DocumentLayers.Mentions | DocumentLayers.Titles | DocumentLayers.PersonNames | DocumentLayers.Entities | DocumentLayers.Relations)]
    // New mentions: titles, entities and relations are stale, the tokens are not.
    [InlineData(DocumentLayers.Mentions, DocumentLayers.Titles | DocumentLayers.Entities | DocumentLayers.Relations)]
    // The last layer makes nothing stale.
    [InlineData(DocumentLayers.Relations, DocumentLayers.None)]
    public void StaleAfter_Layer_IsEveryDerivedLayer(DocumentLayers assigned, DocumentLayers expected) =>
        Assert.Equal(expected, LayerDependencies.StaleAfter(assigned));

    [Fact]
    public void Mentions_Replaced_ClearsTitlesAndIndex()
    {
        var document = new Document(new Article("a", "t", "Kim spoke", "p"))
        {
            Tokens = [new Token(new TextSpan(0, 3), TokenKind.Word, 0), new Token(new TextSpan(4, 9), TokenKind.Word, 0)],
            Sentences = [new Sentence(0, new TextSpan(0, 9), 0, 2)],
        };
        var withTitles = document with { Titles = [[]] };
        var index = withTitles.MentionIndex;

        var same = withTitles with { Warnings = ["w"] };
        var changed = withTitles with { Mentions = [new EntityMention(new TextSpan(0, 3), Ontology.EntityType.Person, "Kim", 0, "test")] };

        Assert.True(same.HasTitles);
        Assert.Same(index, same.MentionIndex);
        Assert.False(changed.HasTitles);
        Assert.NotSame(index, changed.MentionIndex);
        Assert.Single(changed.MentionIndex.StartingAt(0));
    }

    [Fact]
    public void Tokens_Replaced_ClearsFoldedLayers()
    {
        var document = new Document(new Article("a", "t", "Kim", "p")) { Tokens = [new Token(new TextSpan(0, 3), TokenKind.Word, 0)] };
        var folded = document with { FoldedTokens = ["kim"], SubWords = new SubWords(["kim"], [0], [0, 1]) };

        var retokenised = folded with { Tokens = [new Token(new TextSpan(0, 2), TokenKind.Word, 0)] };

        Assert.Equal(["kim"], folded.FoldedTokens.ToArray());
        Assert.True(retokenised.FoldedTokens.IsDefault);
        Assert.Null(retokenised.SubWords);
        Assert.Equal(ImmutableArray<string>.Empty, retokenised.PosTags);
    }
}
