using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Tests.Data;

public class OfficeHoldersTests
{
    private static readonly OfficeHolders Offices = new(
    [
        new OfficeTerm("person/a", false, "defence-minister", "country/x", OfficeTerm.ParseMonth("2019-10", "t"), OfficeTerm.ParseMonth("2024-10", "t")),
        new OfficeTerm("person/a", true, "president", "country/x", OfficeTerm.ParseMonth("2024-10", "t"), null),
        new OfficeTerm("person/b", true, "prime-minister", "country/y", OfficeTerm.ParseMonth("2010-01", "t"), OfficeTerm.ParseMonth("2012-06", "t")),
        new OfficeTerm("person/c", false, "envoy", "country/x", OfficeTerm.ParseMonth("2020-01", "t"), null),
        new OfficeTerm("person/c", false, "envoy", "country/y", OfficeTerm.ParseMonth("2020-01", "t"), null),
    ]);

    [Theory]
    [InlineData("person/a", false, "2020-03-01", "country/x")] // within the defence term
    [InlineData("person/a", true, "2020-03-01", null)]         // not yet president then
    [InlineData("person/a", true, "2025-01-15", "country/x")]  // president since 2024-10
    [InlineData("person/a", false, "2024-10-20", "country/x")] // the month of the hand-over belongs to both terms
    [InlineData("person/b", true, "2012-07-01", null)]         // the term ended the month before
    [InlineData("person/c", false, "2021-01-01", null)]        // two owners at once: unclear, so none
    [InlineData("person/z", true, "2021-01-01", null)]         // unknown person
    public void Owner_AtDate_IsTheTermsOwner(string person, bool leader, string date, string? expected) =>
        Assert.Equal(expected, Offices.Owner(person, leader, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Owner_WithoutDate_UsesTheCurrentTermElseTheLatest()
    {
        Assert.Equal("country/x", Offices.Owner("person/a", true, null));
        Assert.Equal("country/y", Offices.Owner("person/b", true, null));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-1")]
    [InlineData("24-01")]
    [InlineData("")]
    public void ParseMonth_NotAMonth_Throws(string cell) =>
        Assert.Throws<FormatException>(() => OfficeTerm.ParseMonth(cell, "offices.tsv: row 1"));

    [Theory]
    [InlineData("X Y\t\tking\tmonarch\tcountry/france\t2020-01\t\t", "role must be leader or official")]
    [InlineData("X Y\t\tleader\tmonarch\tcountry/atlantis\t2020-01\t\t", "not a curated country")]
    [InlineData("X Y\t\tleader\tmonarch\tcountry/france\t2020-01\t2019-01\t", "ends before it starts")]
    public void Load_BadRow_NamesTheRowAndTheReason(string row, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("offices");
        try
        {
            var path = Path.Combine(dir.FullName, "offices.tsv");
            File.WriteAllText(path, "# header\n" + row + "\n");
            var people = new Dictionary<string, (GazetteerEntry, List<(string, SurfaceKind)>)>(StringComparer.Ordinal);
            var e = Assert.Throws<FormatException>(() => OfficeFile.Load(path, people, new HashSet<string> { "country/france" }));
            Assert.Contains("row 1", e.Message);
            Assert.Contains(reason, e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Load_NewPerson_BecomesACuratedPersonWithTheRowsNames()
    {
        var dir = Directory.CreateTempSubdirectory("offices");
        try
        {
            var path = Path.Combine(dir.FullName, "offices.tsv");
            File.WriteAllText(path, "Jean Dupont\tJ. Dupont\tofficial\tforeign-minister\tcountry/france\t2020-01\t2022-05\t\n");
            var people = new Dictionary<string, (GazetteerEntry Entry, List<(string, SurfaceKind)> Names)>(StringComparer.Ordinal);
            var offices = OfficeFile.Load(path, people, new HashSet<string> { "country/france" });
            Assert.Equal("J. Dupont", Assert.Single(people["person/jean-dupont"].Names).Item1);
            Assert.Equal("country/france", offices.Owner("person/jean-dupont", false, new DateOnly(2021, 6, 1)));
        }
        finally { dir.Delete(true); }
    }
}
