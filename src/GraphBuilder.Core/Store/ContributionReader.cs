using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Store;

/// <summary>
/// Decodes a store record written by <see cref="ContributionWriter"/>. Anything that does not fit
/// (a string reference out of range, an unknown entity type or predicate, an impossible span, bytes
/// left over) throws <see cref="InvalidDataException"/> with the reason.
/// </summary>
internal sealed class ContributionReader
{
    private readonly BinaryReader _in;
    private readonly string[] _strings;
    private readonly PredicateInventory _predicates;

    private ContributionReader(BinaryReader reader, PredicateInventory predicates)
    {
        _in = reader;
        _predicates = predicates;
        var count = Count();
        _strings = new string[count];
        for (var i = 0; i < count; i++) _strings[i] = StoreText.Read(reader);
    }

    public static ArticleContribution Decode(byte[] record, PredicateInventory predicates)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(predicates);
        using var stream = new MemoryStream(record, writable: false);
        using var binary = new BinaryReader(stream);
        var reader = new ContributionReader(binary, predicates);
        var contribution = reader.Body();
        if (stream.Position != stream.Length) throw new InvalidDataException($"{stream.Length - stream.Position} bytes left over after the record");
        return contribution;
    }

    /// <summary>The article id of an encoded record: the first string of its table (the writer interns it first).</summary>
    public static string ArticleId(byte[] record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream(record, writable: false);
        using var binary = new BinaryReader(stream);
        if (binary.Read7BitEncodedInt() < 1) throw new InvalidDataException("a record without strings has no article id");
        return StoreText.Read(binary);
    }

    private ArticleContribution Body()
    {
        var article = new ArticleRecord(Text(), Text(), Text())
        {
            Url = Optional(),
            Published = Date(),
            Language = Text(),
            SentenceCount = Number(),
            ContentHash = Text(),
        };
        return new ArticleContribution(article, List(Entity), List(Relation), List(Sentence));
    }

    private DocumentEntity Entity() =>
        new(Text(), Parse<EntityType>("entity type"), Text())
        {
            NameLanguage = Optional(),
            Aliases = List(Text),
            Names = List(Name),
            Labels = List(Name),
            Wikidata = Optional(),
            FromGazetteer = _in.ReadBoolean(),
        };

    private EntityName Name() => new(Text(), Optional());

    private RelationAssertion Relation()
    {
        var (subject, predicate, @object) = (Text(), Predicate(), Text());
        var evidence = new Evidence(Text(), Number(), Text(), new TextSpan(Number(), Number()), Text(), _in.ReadDouble())
        {
            Attribution = Optional(),
            Date = Date(),
        };
        return new RelationAssertion(subject, predicate, @object, evidence);
    }

    private Predicate Predicate()
    {
        var name = Text();
        return _predicates.TryGet(name, out var predicate) ? predicate : throw new InvalidDataException($"unknown predicate '{name}'");
    }

    private SentenceRecord Sentence() => new(Text(), Number(), Text()) { EntityIds = List(Text) };

    private ImmutableArray<T> List<T>(Func<T> read)
    {
        var count = Count();
        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++) items.Add(read());
        return items.MoveToImmutable();
    }

    private T Parse<T>(string what) where T : struct, Enum
    {
        var name = Text();
        return Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && name.Length > 0 && !char.IsDigit(name[0])
            ? value
            : throw new InvalidDataException($"unknown {what} '{name}'");
    }

    private int Number() => _in.Read7BitEncodedInt();

    // A count can never exceed the bytes that remain (every item takes at least one byte).
    private int Count()
    {
        var count = Number();
        if (count < 0 || count > _in.BaseStream.Length - _in.BaseStream.Position)
            throw new InvalidDataException($"a list of {count} items does not fit in its record");
        return count;
    }

    private DateOnly? Date() => _in.ReadBoolean() ? DateOnly.FromDayNumber(Number()) : null;

    private string? Optional()
    {
        var reference = Number();
        return reference == 0 ? null : Lookup(reference);
    }

    private string Text()
    {
        var reference = Number();
        return reference == 0 ? throw new InvalidDataException("a required string is missing") : Lookup(reference);
    }

    private string Lookup(int reference) =>
        reference > 0 && reference <= _strings.Length
            ? _strings[reference - 1]
            : throw new InvalidDataException($"string reference {reference} is outside the record's table of {_strings.Length}");
}
