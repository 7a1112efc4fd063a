using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Store;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class ArticleStoreTests
{
    private const string Fingerprint = "sha256:test";

    private static ArticleContribution Contribution(int i) => StoreSamples.Contribution(i);

    private static byte[] Bytes(IEnumerable<ArticleContribution> records)
    {
        using var stream = new MemoryStream();
        ArticleStore.Write(stream, Fingerprint, records);
        return stream.ToArray();
    }

    private static string WriteFile(TempDirectory dir, byte[] bytes)
    {
        var path = dir.File(ArticleStore.FileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Read_WhatWriteWrote_SameRecordsByteForByte()
    {
        using var dir = new TempDirectory();
        var records = Enumerable.Range(0, 30).Select(Contribution).ToList();
        var bytes = Bytes(records);

        var (contents, error) = ArticleStore.Read(WriteFile(dir, bytes), TestOntology.Predicates);

        Assert.Null(error);
        Assert.Equal(Fingerprint, contents!.Fingerprint);
        Assert.Equal(30, contents.Records.Length);
        // Written again from what was read, the store is the same: nothing was lost or changed in between.
        Assert.Equal(bytes, Bytes(contents.Records));
        var lone = contents.Records.SelectMany(r => r.Relations).First().Evidence.SentenceText;
        Assert.StartsWith("Sentence \uD800 ", lone);
    }

    [Fact]
    public void Read_ReplayedRecords_GiveTheSameGraphAsTheDocuments()
    {
        using var dir = new TempDirectory();
        var records = Enumerable.Range(0, 12).Select(Contribution).ToList();
        var direct = new GraphAccumulator();
        records.ForEach(r => direct.Add(r));
        var (contents, _) = ArticleStore.Read(WriteFile(dir, Bytes(records)), TestOntology.Predicates);
        var replayed = new GraphAccumulator();
        foreach (var r in contents!.Records) replayed.Add(r);

        Assert.Equal(GraphText.Describe(direct.Snapshot()), GraphText.Describe(replayed.Snapshot()));
    }

    [Fact]
    public void Write_RecordsInAnyOrder_SameBytes()
    {
        var records = Enumerable.Range(0, 10).Select(Contribution).ToList();
        Assert.Equal(Bytes(records), Bytes(Enumerable.Reverse(records)));
    }

    [Fact]
    public void Read_TruncatedFile_DamagedNamingTheFile()
    {
        using var dir = new TempDirectory();
        var bytes = Bytes(Enumerable.Range(0, 5).Select(Contribution));
        var path = WriteFile(dir, bytes[..(bytes.Length / 2)]);

        var (contents, error) = ArticleStore.Read(path, TestOntology.Predicates);

        Assert.Null(contents);
        Assert.StartsWith(path + ": damaged article store", error);
    }

    [Theory]
    [InlineData(0.5)]   // inside a record: decodes to nonsense or fails the checksum
    [InlineData(0.99)]  // inside the trailing checksum
    public void Read_OneByteChanged_Damaged(double where)
    {
        using var dir = new TempDirectory();
        var bytes = Bytes(Enumerable.Range(0, 5).Select(Contribution));
        bytes[(int)(bytes.Length * where)] ^= 0x5A;

        var (contents, error) = ArticleStore.Read(WriteFile(dir, bytes), TestOntology.Predicates);

        Assert.Null(contents);
        Assert.Contains("damaged article store", error);
    }

    [Fact]
    public void Read_OtherFormatVersion_SaysWhichVersion()
    {
        using var dir = new TempDirectory();
        var bytes = Bytes([Contribution(1)]);
        BitConverter.GetBytes(ArticleStore.FormatVersion + 1).CopyTo(bytes, 8);

        var (_, error) = ArticleStore.Read(WriteFile(dir, bytes), TestOntology.Predicates);

        Assert.Contains($"format version {ArticleStore.FormatVersion + 1}", error);
    }

    [Fact]
    public void Read_NotAStoreOrMissing_SaysSo()
    {
        using var dir = new TempDirectory();
        Assert.EndsWith("not a GraphBuilder article store", ArticleStore.Read(WriteFile(dir, "{\"json\": true}\n"u8.ToArray()), TestOntology.Predicates).Error);
        Assert.EndsWith("not found", ArticleStore.Read(dir.File("nothing.gbstore"), TestOntology.Predicates).Error);
    }

    // The store must carry every field the accumulator reads. A property added to one of these types fails here:
    // carry it in ContributionWriter/ContributionReader, bump ArticleStore.FormatVersion, then add it to this list.
    [Theory]
    [InlineData(typeof(ArticleRecord), "Id,Title,SourcePath,Url,Published,Language,SentenceCount,ContentHash")]
    [InlineData(typeof(DocumentEntity), "Id,Type,Name,NameLanguage,Aliases,Names,Labels,Wikidata,FromGazetteer")]
    [InlineData(typeof(Evidence), "ArticleId,SentenceIndex,SentenceText,Span,Rule,Confidence,Attribution,Date,Key")] // Key is derived from the stored fields
    [InlineData(typeof(RelationAssertion), "SubjectId,Predicate,ObjectId,Evidence")]
    [InlineData(typeof(SentenceRecord), "ArticleId,Index,Text,EntityIds,Id")]
    [InlineData(typeof(EntityName), "Text,Language")]
    public void Codec_TypesItStores_HaveNoFieldItDoesNotKnow(Type type, string known)
    {
        var properties = type.GetProperties().Where(p => p.GetMethod!.IsPublic && p.DeclaringType == type && p.Name != "EqualityContract").Select(p => p.Name);
        Assert.Equal(known.Split(',').Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
    }
}
