using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Data;

/// <summary>One curated entity: canonical English name, class, optional Wikidata QID and, for people, a known role.</summary>
public sealed record GazetteerEntry(EntityType Type, string Name)
{
    /// <summary>Stable id from the class and canonical English name.</summary>
    public string Id { get; } = StableId.For(Type, Name);

    /// <summary>Curated names by language: the English name ("en") and, where the data has one, the Indonesian ("id").</summary>
    public ImmutableArray<EntityName> Labels { get; init; } = [new(Name, "en")];

    /// <summary>Wikidata QID, only where certain.</summary>
    public string? Qid { get; init; }

    /// <summary>For people: "leader" or "official" of <see cref="RoleOf"/>, when the gazetteer records it.</summary>
    public string? Role { get; init; }

    /// <summary>Stable id of the country or organisation the person leads or serves.</summary>
    public string? RoleOf { get; init; }
}
