namespace GraphBuilder.Core.Ontology;

/// <summary>The ontology's entity classes. The enum name is the class's local name.</summary>
public enum EntityType : byte
{
    Person,
    Country,
    Organization,
    Location,
}
