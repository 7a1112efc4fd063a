using System.Globalization;

namespace GraphBuilder.Nlp.Corpus;

/// <summary>
/// Case variants of training sentences, so one model tags both cased news and lower-cased text: a lower-cased copy
/// of a cased corpus, and a "title-cased" copy of a lower-cased one (the sentence's first word and every word
/// inside an entity get a capital, as names have in edited news).
/// </summary>
public static class CaseAugmentation
{
    public static TaggedSentence Lower(TaggedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.WithWords([.. sentence.Words.Select(w => w.ToLowerInvariant())]);
    }

    /// <summary>Capitalises the first word and the words tagged B-/I- (tags as in the source corpus).</summary>
    public static TaggedSentence TitleCaseEntities(TaggedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new string[sentence.Words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var w = sentence.Words[i];
            words[i] = i == 0 || sentence.Tags[i] != "O" ? Capitalise(w) : w;
        }
        return sentence.WithWords(words);
    }

    private static string Capitalise(string word) =>
        word.Length == 0 || !char.IsLower(word[0]) ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
