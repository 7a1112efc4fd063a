using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Normalisation;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Normalisation;

public sealed class BoilerplateFilterTests
{
    private static string Filter(string text) => new BoilerplateFilter(Ex.Data).Process(new Document(Ex.Article(text))).Text;

    [Theory]
    [InlineData("Rusia mendukung Iran.\nBaca Juga: Israel Serang Iran\nSelesai.", "Baca Juga: Israel Serang Iran")]
    [InlineData("Rusia mendukung Iran.\nBACA JUGA Israel Serang Iran\nSelesai.", "BACA JUGA Israel Serang Iran")]
    [InlineData("Russia backs Iran.\nRead more: Israel strikes Iran\nEnd.", "Read more: Israel strikes Iran")]
    [InlineData("Rusia mendukung Iran.\nEditor: Rina Wati", "Editor: Rina Wati")]
    public void Process_LabelledLine_IsBlankedKeepingOffsets(string text, string line)
    {
        var result = Filter(text);
        Assert.Equal(text.Length, result.Length);
        Assert.DoesNotContain(line, result);
        Assert.Equal(new string(' ', line.Length), result.Substring(text.IndexOf(line, StringComparison.Ordinal), line.Length));
        Assert.StartsWith(text[..5], result);
    }

    [Theory]
    // a label word that opens an ordinary sentence
    [InlineData("Sumber di Kremlin mengatakan Rusia mendukung Iran.")]
    [InlineData("Editorial boards criticised the plan.")]
    public void Process_OrdinarySentence_IsKept(string text) => Assert.Equal(text, Filter(text));

    [Fact]
    public void Process_RepeatedTitleLine_IsReadOnce()
    {
        const string title = "Rusia Dukung Iran di PBB";
        var result = Filter($"{title}\n\n{title}\n\nRusia mendukung Iran.");
        Assert.Equal(1, CountOf(result, title));
        Assert.StartsWith(title, result);
    }

    [Fact]
    public void Process_BoilerplateLine_GivesNoRelation()
    {
        var doc = Ex.Run("Jepang tiba di Manila.\n\nBaca Juga: Rusia Dukung Iran\n\nKunjungan berakhir.", "id");
        Assert.DoesNotContain("country/russia supports country/iran", Ex.Triples(doc));
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
