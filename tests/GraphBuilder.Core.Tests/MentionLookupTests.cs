using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Tests;

public class MentionLookupTests
{
    // "Kim dan Lavrov bertemu": tokens [0,3) [4,7) [8,14) [15,22).
    private static readonly Document Doc = new(new Article("a", "t", "Kim dan Lavrov bertemu", "p"))
    {
        Tokens =
        [
            new Token(new TextSpan(0, 3), TokenKind.Word, 0), new Token(new TextSpan(4, 7), TokenKind.Word, 0),
            new Token(new TextSpan(8, 14), TokenKind.Word, 0), new Token(new TextSpan(15, 22), TokenKind.Word, 0),
        ],
    };

    private static EntityMention M(int start, int end, string id) => new(new TextSpan(start, end), EntityType.Person, "x", 0, "test") { EntityId = id };

    [Fact]
    public void StartingAndEndingAt_OneTokenMention_FoundAtItsToken()
    {
        var lookup = new MentionLookup(Doc, [M(0, 3, "kim")]);

        Assert.Equal("kim", Assert.Single(lookup.StartingAt(0)).EntityId);
        Assert.Equal("kim", Assert.Single(lookup.EndingAt(0)).EntityId);
        Assert.Empty(lookup.StartingAt(1));
        Assert.True(lookup.IsCovered(0));
        Assert.False(lookup.IsCovered(1));
    }

    [Fact]
    public void StartingAt_MultiTokenMention_StartsAtFirstEndsAtLast()
    {
        var lookup = new MentionLookup(Doc, [M(0, 14, "all")]);

        Assert.Single(lookup.StartingAt(0));
        Assert.Empty(lookup.EndingAt(0));
        Assert.Single(lookup.EndingAt(2));
        Assert.True(lookup.IsCovered(1));
        Assert.Equal((0, 3), lookup.TokenRange(lookup.StartingAt(0)[0]));
    }

    [Fact]
    public void StartingAt_SameSpanTwice_OneGroupInOrder()
    {
        var lookup = new MentionLookup(Doc, [M(8, 14, "a"), M(8, 14, "b")]);

        Assert.Equal(["a", "b"], lookup.StartingAt(2).Select(m => m.EntityId));
    }

    [Fact]
    public void TryGetRange_OffTokenBoundaries_FalseAndNotIndexed()
    {
        var inside = M(1, 3, "bad");
        var lookup = new MentionLookup(Doc, [inside]);

        Assert.False(lookup.TryGetRange(inside, out _, out _));
        Assert.False(lookup.IsCovered(0));
        Assert.Throws<ArgumentException>(() => lookup.TokenRange(inside));
    }

    [Theory]
    // Out of range tokens are never covered and start nothing.
    [InlineData(-1)]
    [InlineData(4)]
    public void IsCovered_OutOfRange_False(int token)
    {
        var lookup = new MentionLookup(Doc, [M(0, 22, "all")]);

        Assert.False(lookup.IsCovered(token));
        Assert.Empty(lookup.StartingAt(token));
    }

    [Fact]
    public void Constructor_NoMentionsGiven_UsesDocumentMentions()
    {
        var lookup = new MentionLookup(Doc with { Mentions = [M(15, 22, "verb")] });

        Assert.Single(lookup.StartingAt(3));
    }
}
