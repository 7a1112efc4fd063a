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

    /// <summary>For people: the office people.tsv records them in (leader or official, and of whom), when it does.</summary>
    public PersonRole? Role { get; init; }
}

/// <summary>A person's known office: its kind and the stable id of the country or organisation it belongs to.</summary>
public sealed record PersonRole(OfficeRole Role, string OwnerId);
