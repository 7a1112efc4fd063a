using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Store;

/// <summary>
/// Encodes one <see cref="ArticleContribution"/> as a store record: a table of the record's distinct
/// strings (each written once: an entity id used by ten relations, a sentence shared by its evidence),
/// then the body, which refers to strings by their table index. The bytes depend only on the
/// contribution, so the same article always gives the same record. <see cref="ContributionReader"/>
/// is the inverse.
/// </summary>
internal sealed class ContributionWriter
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _out;

    private ContributionWriter() => _out = new BinaryWriter(_body);

    /// <summary>The record's bytes.</summary>
    public static byte[] Encode(ArticleContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var writer = new ContributionWriter();
        writer.Body(contribution);
        return writer.Finish();
    }

    private void Body(ArticleContribution c)
    {
        var a = c.Article;
        Text(a.Id); Text(a.Title); Text(a.SourcePath); Optional(a.Url); Date(a.Published);
        Text(a.Language); Number(a.SentenceCount); Text(a.ContentHash);
        List(c.Entities, Entity);
        List(c.Relations, Relation);
        List(c.Sentences, Sentence);
    }

    private void Entity(DocumentEntity e)
    {
        Text(e.Id); Text(e.Type.ToString()); Text(e.Name); Optional(e.NameLanguage);
        List(e.Aliases, Text);
        List(e.Names, Name);
        List(e.Labels, Name);
        Optional(e.Wikidata);
        _out.Write(e.FromGazetteer);
    }

    private void Name(EntityName n)
    {
        Text(n.Text); Optional(n.Language);
    }

    private void Relation(RelationAssertion r)
    {
        Text(r.SubjectId); Text(r.Predicate.LocalName); Text(r.ObjectId);
        var e = r.Evidence;
        Text(e.ArticleId); Number(e.SentenceIndex); Text(e.SentenceText);
        Number(e.Span.Start); Number(e.Span.End);
        Text(e.Rule);
        _out.Write(e.Confidence);
        Optional(e.Attribution);
        Date(e.Date);
    }

    private void Sentence(SentenceRecord s)
    {
        Text(s.ArticleId); Number(s.Index); Text(s.Text);
        List(s.EntityIds, Text);
    }

    private void List<T>(ImmutableArray<T> items, Action<T> write)
    {
        if (items.IsDefault) { Number(0); return; }
        Number(items.Length);
        foreach (var item in items) write(item);
    }

    private void Number(int value) => _out.Write7BitEncodedInt(value);

    private void Date(DateOnly? date)
    {
        _out.Write(date.HasValue);
        if (date is { } d) Number(d.DayNumber);
    }

    // String references: index + 1, with 0 for null.
    private void Optional(string? text)
    {
        if (text is null) Number(0);
        else Text(text);
    }

    private void Text(string text)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index.Add(text, index);
            _strings.Add(text);
        }
        Number(index + 1);
    }

    private byte[] Finish()
    {
        _out.Flush();
        using var record = new MemoryStream((int)_body.Length + 64);
        using (var writer = new BinaryWriter(record, GraphBuilder.Core.Output.OutputDirectory.Utf8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(_strings.Count);
            foreach (var s in _strings) StoreText.Write(writer, s);
            _body.Position = 0;
            writer.Flush();
            _body.CopyTo(record);
        }
        return record.ToArray();
    }
}
