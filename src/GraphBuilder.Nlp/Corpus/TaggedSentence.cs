namespace GraphBuilder.Nlp.Corpus;

/// <summary>A corpus sentence: its words and one gold tag per word.</summary>
public sealed record TaggedSentence
{
    public TaggedSentence(string[] words, string[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (words.Length != tags.Length) throw new ArgumentException($"{words.Length} words but {tags.Length} tags");
        Words = words;
        Tags = tags;
    }

    public string[] Words { get; }
    public string[] Tags { get; }

    public TaggedSentence WithWords(string[] words) => new(words, Tags);
    public TaggedSentence WithTags(string[] tags) => new(Words, tags);
}
