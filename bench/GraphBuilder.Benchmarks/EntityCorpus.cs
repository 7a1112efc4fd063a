using System.Text;
using System.Text.Json;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Writes a JSONL corpus of the requested size whose articles mix recombined seed paragraphs with
/// templated sentences about generated people (officials of countries from the gazetteer, meeting,
/// supporting, criticising each other). The pool of people grows with the corpus (one per ~8 articles),
/// so the graph keeps growing instead of saturating at the seeds' 130 entities. Deterministic per size.
/// </summary>
public static class EntityCorpus
{
    private static readonly string[] Syllables =
        ["ba", "di", "ra", "su", "ko", "le", "ma", "ni", "to", "ve", "ha", "ri", "san", "kar", "lin", "mo", "ne", "pu", "ta", "go", "vi", "den", "sar", "lo"];

    private static readonly string[] Offices = ["Menteri Luar Negeri", "Menteri Pertahanan", "Duta Besar", "Wakil Menteri Luar Negeri", "Perdana Menteri"];

    private static readonly string[] Templates =
    [
        "{O1} {C1}, {P1}, bertemu dengan {O2} {C2}, {P2}, di {T} pada Jumat.",
        "{P1} mengatakan {C1} akan mendukung {C2} dalam perundingan itu.",
        "{O1} {C1} {P1} mengecam langkah {C2} yang disebutnya berbahaya.",
        "Dalam kunjungan ke {T}, {O1} {C1}, {P1}, menandatangani perjanjian kerja sama dengan {C2}.",
        "{C1} dan {C2} sepakat meningkatkan kerja sama pertahanan, kata {P1}.",
    ];

    public static string Write(string seedsDirectory, string countriesFile, long targetBytes, string path)
    {
        var paragraphs = Directory.EnumerateFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Trim().Length > 40).ToArray();
        var countries = File.ReadLines(countriesFile).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Where(f => f.Length > 4 && f[1].Length > 0 && f[4].Length > 0).Select(f => (Name: f[1], Capital: f[4].Split('|')[0])).ToArray();
        if (paragraphs.Length == 0 || countries.Length < 2) throw new InvalidOperationException("seed paragraphs or gazetteer countries missing");
        var random = new Random(20261202);
        var people = new List<(string Name, int Country)>();
        long written = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var n = 0; written < targetBytes; n++)
        {
            if (n % 8 == 0) people.Add((PersonName(random), random.Next(countries.Length)));
            var text = new StringBuilder();
            for (int i = 0, count = 2 + random.Next(5); i < count; i++) text.Append(paragraphs[random.Next(paragraphs.Length)]).Append('\n');
            for (int i = 0, count = 2 + random.Next(4); i < count; i++) text.Append(Sentence(random, people, countries)).Append('\n');
            text.Append("Nomor ").Append(n).Append('.');
            var line = JsonSerializer.Serialize(new { id = "bench-" + n, title = "Artikel " + n, text = text.ToString(), language = "id" });
            writer.WriteLine(line);
            written += Encoding.UTF8.GetByteCount(line) + 1;
        }
        return path;
    }

    private static string Sentence(Random random, List<(string Name, int Country)> people, (string Name, string Capital)[] countries)
    {
        var p1 = people[random.Next(people.Count)];
        var p2 = people[random.Next(people.Count)];
        var c2 = p2.Country == p1.Country ? (p1.Country + 1) % countries.Length : p2.Country;
        return Templates[random.Next(Templates.Length)]
            .Replace("{O1}", Offices[random.Next(Offices.Length)], StringComparison.Ordinal)
            .Replace("{O2}", Offices[random.Next(Offices.Length)], StringComparison.Ordinal)
            .Replace("{C1}", countries[p1.Country].Name, StringComparison.Ordinal)
            .Replace("{C2}", countries[c2].Name, StringComparison.Ordinal)
            .Replace("{P1}", p1.Name, StringComparison.Ordinal)
            .Replace("{P2}", p2.Name, StringComparison.Ordinal)
            .Replace("{T}", countries[c2].Capital, StringComparison.Ordinal);
    }

    private static string PersonName(Random random)
    {
        string Word(int syllables)
        {
            var w = new StringBuilder();
            for (var i = 0; i < syllables; i++) w.Append(Syllables[random.Next(Syllables.Length)]);
            return char.ToUpperInvariant(w[0]) + w.ToString(1, w.Length - 1);
        }
        return Word(2 + random.Next(2)) + " " + Word(2 + random.Next(3));
    }
}
