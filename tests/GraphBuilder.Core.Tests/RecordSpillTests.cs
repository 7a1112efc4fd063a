using GraphBuilder.Core.Store;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class RecordSpillTests
{
    private static byte[] StoreBytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Merge_ManyRunsAddedFromManyThreads_EveryRecordOnceInArticleOrder()
    {
        using var dir = new TempDirectory();
        var records = Enumerable.Range(0, 300).Select(StoreSamples.Contribution).ToList();
        using var spill = new RecordSpill(() => dir.File("spill")) { BufferBytes = 4096 };

        Parallel.ForEach(records, new ParallelOptions { MaxDegreeOfParallelism = 4 }, spill.Add);

        Assert.True(spill.RunCount > 5, $"only {spill.RunCount} runs were written");
        var ids = spill.Contributions(TestOntology.Predicates).Select(c => c.Article.Id).ToList();
        Assert.Equal(records.Select(r => r.Article.Id).Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void StoreWrittenFromSpill_SameBytesAsFromRecordsInMemory()
    {
        using var dir = new TempDirectory();
        var records = Enumerable.Range(0, 120).Select(StoreSamples.Contribution).ToList();
        using var spill = new RecordSpill(() => dir.File("spill")) { BufferBytes = 2048 };
        foreach (var r in Enumerable.Reverse(records)) spill.Add(r);

        var fromSpill = StoreBytes(s => ArticleStore.Write(s, "fp", spill));
        var fromMemory = StoreBytes(s => ArticleStore.Write(s, "fp", records));

        Assert.Equal(fromMemory, fromSpill);
    }

    [Fact]
    public void Merge_MoreRunsThanMayBeOpenAtOnce_MergedInStagesSameOrder()
    {
        using var dir = new TempDirectory();
        var records = Enumerable.Range(0, 60).Select(StoreSamples.Contribution).ToList();
        using var spill = new RecordSpill(() => dir.File("spill")) { BufferBytes = 1, MaxOpenRuns = 4 };
        records.ForEach(spill.Add);

        var fromSpill = StoreBytes(s => ArticleStore.Write(s, "fp", spill));

        Assert.Equal(StoreBytes(s => ArticleStore.Write(s, "fp", records)), fromSpill);
        Assert.True(Directory.GetFiles(dir.File("spill")).Length <= 4, "the runs were not merged down");
    }

    [Fact]
    public void AddStore_OldStorePlusNewRecords_SameBytesAsOneStoreOfAll()
    {
        using var dir = new TempDirectory();
        var records = Enumerable.Range(0, 80).Select(StoreSamples.Contribution).ToList();
        var old = records.Where((_, i) => i % 3 == 0).ToList();
        var store = dir.File("old.gbstore");
        File.WriteAllBytes(store, StoreBytes(s => ArticleStore.Write(s, "fp", old)));
        using var spill = new RecordSpill(() => dir.File("spill")) { BufferBytes = 3000 };
        spill.AddStore(store, old.Count);
        foreach (var r in records.Where((_, i) => i % 3 != 0)) spill.Add(r);

        Assert.Equal(StoreBytes(s => ArticleStore.Write(s, "fp", records)), StoreBytes(s => ArticleStore.Write(s, "fp", spill)));
    }

    [Fact]
    public void AddStore_StoreChangedBeforeTheMerge_IOExceptionNamingIt()
    {
        using var dir = new TempDirectory();
        var store = dir.File("old.gbstore");
        var bytes = StoreBytes(s => ArticleStore.Write(s, "fp", Enumerable.Range(0, 5).Select(StoreSamples.Contribution)));
        using var spill = new RecordSpill(() => dir.File("spill"));
        spill.AddStore(store, 5);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(store, bytes);

        var e = Assert.Throws<IOException>(() => spill.Merge().ToList());
        Assert.Contains(store, e.Message);
    }

    [Fact]
    public void Add_UnderTheBuffer_NeverTouchesTheDisk()
    {
        using var spill = new RecordSpill(() => throw new InvalidOperationException("the folder was asked for"));
        foreach (var i in Enumerable.Range(0, 10)) spill.Add(StoreSamples.Contribution(i));

        Assert.Equal(10, spill.Contributions(TestOntology.Predicates).Count());
        Assert.Equal(0, spill.RunCount);
    }

    [Fact]
    public void Dispose_RemovesTheRunsAndTheirFolder()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("spill");
        var spill = new RecordSpill(() => folder) { BufferBytes = 1 };
        foreach (var i in Enumerable.Range(0, 5)) spill.Add(StoreSamples.Contribution(i));
        Assert.Equal(5, Directory.GetFiles(folder).Length);

        spill.Dispose();

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Merge_SameArticleSpilledTwice_Throws()
    {
        using var dir = new TempDirectory();
        using var spill = new RecordSpill(() => dir.File("spill")) { BufferBytes = 1 };
        spill.Add(StoreSamples.Contribution(1));
        spill.Add(StoreSamples.Contribution(1));

        Assert.Throws<InvalidOperationException>(() => spill.Merge().ToList());
    }
}
