namespace GraphBuilder.Nlp.Text;

/// <summary>A sentence as the tagger reads it: one text and the token ranges in it.</summary>
public sealed class SentenceText
{
    public SentenceText(string text, TokenRange[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var t in tokens)
            if (t.Start < 0 || t.Length <= 0 || t.Start + t.Length > text.Length)
                throw new ArgumentException($"token range [{t.Start},{t.Start + t.Length}) is outside the text or empty", nameof(tokens));
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }
    public TokenRange[] Tokens { get; }
    public int Count => Tokens.Length;

    public string Word(int i) => Text.Substring(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Joins words with single spaces (corpus sentences, tests).</summary>
    public static SentenceText FromWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ranges = new TokenRange[words.Count];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (string.IsNullOrEmpty(words[i])) throw new ArgumentException($"word {i} is empty", nameof(words));
            if (i > 0) sb.Append(' ');
            ranges[i] = new TokenRange(sb.Length, words[i].Length);
            sb.Append(words[i]);
        }
        return new SentenceText(sb.ToString(), ranges);
    }
}
