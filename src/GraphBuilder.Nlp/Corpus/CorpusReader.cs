namespace GraphBuilder.Nlp.Corpus;

/// <summary>
/// Reads tagged sentences from IndoNLU tab files, CoNLL-U (UPOS) and Universal NER's .iob2. Multi-word
/// token lines ("6-7") and empty nodes ("8.1") are skipped, so CoNLL-U sentences are syntactic words.
/// A malformed line throws <see cref="FormatException"/> naming the file and line.
/// </summary>
public static class CorpusReader
{
    /// <summary>Picks the format from the file name and first data line (for NER gold when <paramref name="ner"/>).</summary>
    public static CorpusFormat Detect(string path, bool ner)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase)) return CorpusFormat.ConlluNer;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            var conllu = fields.Length >= 10 || (fields.Length >= 3 && int.TryParse(fields[0].Split('-')[0], out _));
            return !conllu ? CorpusFormat.Tabbed : ner ? CorpusFormat.ConlluNer : CorpusFormat.ConlluUpos;
        }
        return CorpusFormat.Tabbed;
    }

    public static List<TaggedSentence> Read(string path, CorpusFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) { Flush(); continue; }
            if (format != CorpusFormat.Tabbed && line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (format == CorpusFormat.Tabbed)
            {
                if (fields.Length < 2 || fields[0].Length == 0 || fields[^1].Length == 0)
                    throw new FormatException($"{path}:{number}: expected 'token<TAB>tag', got '{Clip(line)}'");
                words.Add(fields[0]);
                tags.Add(fields[^1]);
                continue;
            }
            if (fields.Length < 3 || (format == CorpusFormat.ConlluUpos && fields.Length < 4))
                throw new FormatException($"{path}:{number}: expected CoNLL-U columns separated by tabs, got '{Clip(line)}'");
            if (fields[0].Contains('-') || fields[0].Contains('.')) continue;
            if (!int.TryParse(fields[0], out _)) throw new FormatException($"{path}:{number}: token id '{Clip(fields[0])}' is not a number");
            if (fields[1].Length == 0) throw new FormatException($"{path}:{number}: empty word form");
            words.Add(fields[1]);
            tags.Add(format == CorpusFormat.ConlluUpos ? fields[3] : NerTag(fields, path, number));
        }
        Flush();
        return result;

        void Flush()
        {
            if (words.Count > 0) result.Add(new TaggedSentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }
    }

    private static string NerTag(string[] fields, string path, int number)
    {
        if (IsIob(fields[2])) return fields[2];
        if (fields.Length >= 10)
            foreach (var item in fields[9].Split('|'))
                if (item.StartsWith("NER=", StringComparison.Ordinal) && IsIob(item[4..])) return item[4..];
        if (fields.Length >= 10) return "O";
        throw new FormatException($"{path}:{number}: no IOB tag in column 3 or NER= in MISC");
    }

    private static bool IsIob(string tag) => tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I');

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "...";
}
