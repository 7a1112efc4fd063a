using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Tests.Data;

public sealed class TokenTrieTests
{
    private static TokenTrie<string> Trie()
    {
        var trie = new TokenTrie<string>();
        trie.Add(["korea"], "korea");
        trie.Add(["korea", "utara"], "north korea");
        trie.Add(["korea", "selatan"], "south korea");
        trie.Add([], "ignored");
        return trie;
    }

    [Fact]
    public void Add_EmptyPattern_IsIgnored() => Assert.Equal(3, Trie().Count);

    [Theory]
    // The longest pattern at the start wins.
    [InlineData(new[] { "korea", "utara", "dan" }, 0, 2, "north korea")]
    // A prefix of a longer pattern still matches on its own.
    [InlineData(new[] { "korea", "dan" }, 0, 1, "korea")]
    // Matching starts where it is asked to.
    [InlineData(new[] { "dan", "korea", "selatan" }, 1, 2, "south korea")]
    // Nothing starts here.
    [InlineData(new[] { "dan", "korea" }, 0, 0, null)]
    public void LongestMatch_Words_LongestPatternAtStart(string[] words, int start, int expectedLength, string? expected)
    {
        var length = Trie().LongestMatch(words.AsSpan(), start, 0, static (_, _, _) => true, out var values);

        Assert.Equal(expectedLength, length);
        Assert.Equal(expected, values.SingleOrDefault());
    }

    [Fact]
    public void LongestMatch_LongerRejected_FallsBackToShorter()
    {
        string[] words = ["korea", "utara"];
        var length = Trie().LongestMatch(words.AsSpan(), 0, "north korea", static (rejected, v, _) => v != rejected, out var values);

        Assert.Equal(1, length);
        Assert.Equal(["korea"], values);
    }

    [Fact]
    public void LongestMatch_AcceptGetsEndIndex()
    {
        var ends = new List<int>();
        string[] words = ["x", "korea", "utara"];
        Trie().LongestMatch(words.AsSpan(), 1, ends, static (list, _, end) => { list.Add(end); return true; }, out _);

        Assert.Equal([2, 3], ends);
    }
}
