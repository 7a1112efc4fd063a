using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Tests.Data;

public class OfficeHoldersTests
{
    private static readonly OfficeHolders Offices = new(
    [
        new OfficeTerm("person/a", OfficeRole.Official, "defence-minister", "country/x", OfficeTerm.ParseMonth("2019-10", "t"), OfficeTerm.ParseMonth("2024-10", "t")),
        new OfficeTerm("person/a", OfficeRole.Leader, "president", "country/x", OfficeTerm.ParseMonth("2024-10", "t"), null),
        new OfficeTerm("person/b", OfficeRole.Leader, "prime-minister", "country/y", OfficeTerm.ParseMonth("2010-01", "t"), OfficeTerm.ParseMonth("2012-06", "t")),
        new OfficeTerm("person/c", OfficeRole.Official, "envoy", "country/x", OfficeTerm.ParseMonth("2020-01", "t"), null),
        new OfficeTerm("person/c", OfficeRole.Official, "envoy", "country/y", OfficeTerm.ParseMonth("2020-01", "t"), null),
    ]);

    [Theory]
    [InlineData("person/a", OfficeRole.Official, "2020-03-01", "country/x")] // within the defence term
    [InlineData("person/a", OfficeRole.Leader, "2020-03-01", null)]         // not yet president then
    [InlineData("person/a", OfficeRole.Leader, "2025-01-15", "country/x")]  // president since 2024-10
    [InlineData("person/a", OfficeRole.Official, "2024-10-20", "country/x")] // the month of the hand-over belongs to both terms
    [InlineData("person/b", OfficeRole.Leader, "2012-07-01", null)]         // the term ended the month before
    [InlineData("person/c", OfficeRole.Official, "2021-01-01", null)]        // two owners at once: unclear, so none
    [InlineData("person/z", OfficeRole.Leader, "2021-01-01", null)]         // unknown person
    public void Owner_AtDate_IsTheTermsOwner(string person, OfficeRole role, string date, string? expected) =>
        Assert.Equal(expected, Offices.Owner(person, role, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Owner_WithoutDate_UsesTheCurrentTermElseTheLatest()
    {
        Assert.Equal("country/x", Offices.Owner("person/a", OfficeRole.Leader, null));
        Assert.Equal("country/y", Offices.Owner("person/b", OfficeRole.Leader, null));
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
            Assert.Equal("country/france", offices.Owner("person/jean-dupont", OfficeRole.Official, new DateOnly(2021, 6, 1)));
        }
        finally { dir.Delete(true); }
    }
}
