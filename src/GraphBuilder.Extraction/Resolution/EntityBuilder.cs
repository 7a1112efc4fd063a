using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Declares one <see cref="DocumentEntity"/> per resolved id: the gazetteer's canonical English name or the
/// person's fullest name, with the other names seen as aliases (capitals, demonyms and anaphors are not names).
/// </summary>
public static class EntityBuilder
{
    /// <param name="language">The document's language: names found in its text are tagged with it ("und": untagged).</param>
    public static ImmutableArray<DocumentEntity> Build(IEnumerable<EntityMention> mentions, IReadOnlyDictionary<string, string> personNames, Gazetteer gazetteer, string language)
    {
        string? textLanguage = language is "und" or "" ? null : language;
        var result = new List<DocumentEntity>();
        foreach (var group in mentions.Where(m => m.EntityId is not null).GroupBy(m => m.EntityId!, StringComparer.Ordinal))
        {
            var entry = gazetteer.Find(group.Key);
            var first = group.First();
            var name = entry?.Name ?? personNames.GetValueOrDefault(group.Key) ?? first.Text;
            var aliases = group.Where(m => m.Origin.IsName())
                .Select(m => SpacedName.Normalise(m.Text))
                .Where(a => !string.Equals(a, name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var nameLanguage = entry is null ? textLanguage : "en";
            var names = aliases.Select(a => new EntityName(a, textLanguage)).Prepend(new EntityName(name, nameLanguage));
            result.Add(new DocumentEntity(group.Key, entry?.Type ?? first.Type, name)
            {
                NameLanguage = nameLanguage,
                Names = [.. names],
                Labels = entry?.Labels ?? [],
                Aliases = [.. aliases],
                FromGazetteer = entry is not null,
            });
        }
        return [.. result.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }
}
