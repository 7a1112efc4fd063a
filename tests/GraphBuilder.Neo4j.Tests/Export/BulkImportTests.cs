using System.Globalization;
using CsvHelper;
using GraphBuilder.Core.Output;
using GraphBuilder.Neo4j.Export;
using GraphBuilder.Neo4j.Model;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Export;

public sealed class BulkImportTests
{
    private static (TempDirectory Dir, Neo4jGraph Model) ExportTorture()
    {
        var dir = new TempDirectory();
        new BulkImportExporter().Export(TestGraphs.Torture(), new OutputDirectory(dir.Path));
        return (dir, Neo4jGraphMapper.From(TestGraphs.Torture()));
    }

    [Fact]
    public void Export_Graph_WritesEveryDeclaredFileWithNeo4jAdminHeaders()
    {
        var (dir, _) = ExportTorture();
        using var _d = dir;
        var exporter = new BulkImportExporter();
        Assert.All(exporter.FileNames, f => Assert.True(File.Exists(dir.File(f)), f));
        var header = File.ReadLines(dir.File("neo4j-import/entities.csv")).First();
        Assert.Equal("id:ID(Entity),:LABEL,name,aliases:string[],nameLanguage,wikidata,name_en,names_en:string[]", header);
        Assert.StartsWith(":START_ID(Entity),:END_ID(Entity),:TYPE,", File.ReadLines(dir.File("neo4j-import/relations.csv")).First());
        Assert.Equal(":START_ID(Sentence),:END_ID(Entity),:TYPE", File.ReadLines(dir.File("neo4j-import/mentions.csv")).First());
    }

    [Fact]
    public void Export_SameGraphTwice_ByteIdenticalFiles()
    {
        var (a, _) = ExportTorture();
        var (b, _) = ExportTorture();
        using (a)
        using (b)
        {
            foreach (var file in new BulkImportExporter().FileNames)
                Assert.Equal(File.ReadAllBytes(a.File(file)), File.ReadAllBytes(b.File(file)));
        }
    }

    [Fact]
    public void Export_TortureGraph_AnIndependentCsvParserReadsEveryFieldBack()
    {
        var (dir, model) = ExportTorture();
        using var _d = dir;
        using var reader = new StreamReader(dir.File("neo4j-import/entities.csv"));
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true, FormatProvider = CultureInfo.InvariantCulture }, false);
        var records = new List<string[]>();
        while (csv.Read()) records.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        Assert.Equal(model.Entities.Length + 1, records.Count);
        Assert.All(records, r => Assert.Equal(8, r.Length));
        var byId = records.Skip(1).ToDictionary(r => r[0]);
        foreach (var entity in model.Entities)
        {
            Assert.Equal(entity.Name, byId[entity.Id][2]);
            Assert.Equal("Entity\u001F" + entity.Type, byId[entity.Id][1]);
            Assert.Equal(string.Join('\u001F', entity.Aliases.Select(CsvText.ArrayElement)), byId[entity.Id][3]);
            var english = Assert.Single(entity.LanguageNames);
            Assert.Equal(english.Preferred, byId[entity.Id][6]);
            Assert.Equal(string.Join('\u001F', english.Names.Select(CsvText.ArrayElement)), byId[entity.Id][7]);
        }
    }

    [Fact]
    public void Read_ExportedFiles_RoundTripsTheModel()
    {
        var (dir, model) = ExportTorture();
        using var _d = dir;
        var read = BulkImportReader.Read(dir.Path, TestOntology.Predicates);
        // The one lossy step: the array delimiter inside an element becomes U+FFFD.
        Assert.Equal(model.Entities.Select(e => Describe(e, CsvText.ArrayElement)), read.Entities.Select(e => Describe(e, a => a)));
        Assert.Equal(model.Articles.Select(a => a.ToString()), read.Articles.Select(a => a.ToString()));
        Assert.Equal(model.Sentences.Select(s => (s.Id, s.ArticleId, s.Index, s.Text, string.Join(",", s.EntityIds))),
            read.Sentences.Select(s => (s.Id, s.ArticleId, s.Index, s.Text, string.Join(",", s.EntityIds))));
        Assert.Equal(model.Relations.Select(Describe), read.Relations.Select(Describe));
    }

    [Fact]
    public void Read_MissingDirectory_NamesTheExpectedFile()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<FileNotFoundException>(() => BulkImportReader.Read(dir.Path, TestOntology.Predicates));
        Assert.Contains("neo4j-import/entities.csv", e.Message);
    }

    [Fact]
    public void Read_CorruptedFile_NamesFileAndLine()
    {
        var (dir, _) = ExportTorture();
        using var _d = dir;
        var path = dir.File("neo4j-import/relations.csv");
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace(",\"MEETS\",", ",\"DELETE_ALL\",", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InvalidDataException>(() => BulkImportReader.Read(dir.Path, TestOntology.Predicates));
        Assert.Contains("relations.csv:3", e.Message);
        Assert.Contains("DELETE_ALL", e.Message);
    }

    [Fact]
    public void Read_EvidenceRowMissing_NamesRelationsLineAndTheCount()
    {
        var (dir, _) = ExportTorture();
        using var _d = dir;
        var path = dir.File("neo4j-import/evidence.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, lines.Take(lines.Length - 1)); // the last piece of evidence is gone
        var e = Assert.Throws<InvalidDataException>(() => BulkImportReader.Read(dir.Path, TestOntology.Predicates));
        Assert.Matches(@"relations\.csv:\d+: evidenceCount is 1 but evidence\.csv holds 0", e.Message);
    }

    [Fact]
    public void Read_EvidenceWithoutSentenceLink_NamesTheEvidence()
    {
        var (dir, _) = ExportTorture();
        using var _d = dir;
        var path = dir.File("neo4j-import/evidence-sentences.csv");
        File.WriteAllLines(path, File.ReadAllLines(path).Take(1));
        var e = Assert.Throws<InvalidDataException>(() => BulkImportReader.Read(dir.Path, TestOntology.Predicates));
        Assert.Contains("evidence.csv:2", e.Message);
        Assert.Contains("FROM_SENTENCE", e.Message);
    }

    [Fact]
    public void ImportCommand_Database_UsesEveryFileAndTheArrayDelimiter()
    {
        var command = BulkImportLayout.ImportCommand("neo4j", "/import/neo4j-import");
        Assert.StartsWith("neo4j-admin database import full neo4j ", command);
        Assert.Contains("--array-delimiter=U+001F", command);
        Assert.Contains("--multiline-fields=true", command);
        foreach (var f in new[] { "entities.csv", "articles.csv", "sentences.csv", "evidence.csv", "relations.csv", "article-sentences.csv", "mentions.csv",
            "evidence-sentences.csv", "evidence-entities.csv" })
            Assert.Contains("/import/neo4j-import/" + f, command);
    }

    private static string Describe(Neo4jEntity e, Func<string, string> alias) =>
        $"{e.Id}|{e.Type}|{e.Name}|{e.NameLanguage}|{e.Wikidata}|{string.Join("\u0000", e.Aliases.Select(alias))}|" +
        string.Join("\u0000", e.LanguageNames.Select(n => $"{n.Language}={n.Preferred}:{string.Join("\u0001", n.Names.Select(alias))}"));

    private static string Describe(Neo4jRelation r) =>
        $"{r.SubjectId}|{r.Predicate}|{r.ObjectId}|{string.Join(",", r.Evidence)}|{r.EvidenceCount}|{r.Confidence}|{r.FirstDate}|{r.LastDate}";
}
