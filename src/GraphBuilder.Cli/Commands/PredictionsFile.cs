using System.Text;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Cli.Commands;

/// <summary>Writes `word gold predicted` lines, a blank line between sentences (the input conlleval reads).</summary>
internal static class PredictionsFile
{
    public static bool Write(CliContext context, string command, string path, Tagger tagger, IEnumerable<TaggedSentence> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            var predicted = tagger.TagNames(SentenceText.FromWords(s.Words));
            for (var i = 0; i < s.Words.Length; i++) sb.Append(s.Words[i]).Append(' ').Append(NerTags.Map(s.Tags[i])).Append(' ').Append(predicted[i]).Append('\n');
            sb.Append('\n');
        }
        try
        {
            File.WriteAllText(path, sb.ToString());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Usage(command, $"cannot write {path}: {e.Message}");
            return false;
        }
    }
}
