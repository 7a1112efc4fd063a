using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Recognition;

public sealed class GazetteerRecognizerTests
{
    private static List<string> Mentions(string text, string? language = null) =>
        [.. Ex.Run(text, language).Mentions.Where(m => m.Rule.StartsWith("gazetteer", StringComparison.Ordinal)).Select(m => $"{m.Text}={m.EntityId}")];

    [Fact]
    public void Process_NestedNames_LongestMatchWins()
    {
        var found = Mentions("Dewan Keamanan PBB bersidang.");
        Assert.Equal(["Dewan Keamanan PBB=organization/united-nations-security-council"], found);
    }

    [Fact]
    public void Process_CapitalAndShortForm_ResolveToCountry()
    {
        var found = Mentions("Pyongyang dan Korsel serta AS bertemu.");
        Assert.Equal(["Pyongyang=country/north-korea", "Korsel=country/south-korea", "AS=country/united-states"], found);
    }

    [Fact]
    public void Process_ShortAcronym_MatchesOnlyWithItsCase()
    {
        // "as" and "us" are English words; "AS" and "US" are the United States.
        Assert.Empty(Mentions("He spoke to us as a friend.", "en"));
        Assert.Equal(["US=country/united-states"], Mentions("The US spoke.", "en"));
    }

    [Fact]
    public void Process_HyphenVariant_MatchesSameEntry()
    {
        Assert.Equal(["Kim Jong-un=person/kim-jong-un"], Mentions("Kim Jong-un tiba."));
    }

    [Fact]
    public void Process_MiddleNameBeforeKnownSurname_JoinsTheName()
    {
        Assert.Equal(["Australia=country/australia", "Richard Donald Marles=person/richard-marles"], Mentions("Menteri Pertahanan Australia, Richard Donald Marles tiba."));
        // Capitalised words that do not begin with the person's given name stay outside.
        Assert.Equal(["Australia=country/australia", "Marles=person/richard-marles"], Mentions("Menteri Pertahanan Australia, Donald Marles tiba."));
    }

    [Fact]
    public void Process_LowerCaseWord_IsNotAName()
    {
        Assert.Empty(Mentions("wagner itu nama belakang."));
    }
}

public sealed class GazetteerSelfMatchTests
{
    /// <summary>
    /// Every curated name, written in running text, is found whole as its own entity (or as an entity sharing that
    /// surface): tokenisation of the text and of the gazetteer keys agree ("Democratic People's Republic of Korea"
    /// must not become "Republic of Korea"), and no longer name loses to a shorter one.
    /// </summary>
    [Fact]
    public void Process_EveryGazetteerName_MatchesItselfWhole()
    {
        var gazetteer = Ex.Data.Gazetteer;
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var names = new List<(string Name, string Id)>();
        foreach (var entry in gazetteer.Entries)
        {
            foreach (var surface in gazetteer.Surfaces.Where(s => s.Entry.Id == entry.Id && s.Kind != GraphBuilder.Extraction.Data.SurfaceKind.Demonym))
            {
                names.Add((surface.Form, entry.Id));
                if (!owners.TryGetValue(surface.Form, out var set)) owners[surface.Form] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(entry.Id);
            }
        }
        var failures = new List<string>();
        foreach (var (name, id) in names.Distinct())
        {
            var text = $"Kemarin {name} tiba.";
            var doc = Ex.Run(text, "id");
            var start = "Kemarin ".Length;
            // A final abbreviation dot ("Marcos Jr.") may be the sentence's full stop, so it is not part of the match.
            var shorter = name.Length > 1 && name[^1] == '.' ? name.Length - 1 : name.Length;
            var whole = doc.Mentions.Any(m => m.Span.Start == start && (m.Span.End == start + name.Length || m.Span.End == start + shorter)
                                              && m.EntityId is { } e && owners[name].Contains(e));
            if (!whole) failures.Add($"{name} ({id}): {string.Join(", ", doc.Mentions.Select(m => $"{m.Text}={m.EntityId}"))}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} curated names do not match themselves:\n" + string.Join("\n", failures.Take(60)));
    }
}
