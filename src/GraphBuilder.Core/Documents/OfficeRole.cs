namespace GraphBuilder.Core.Documents;

/// <summary>The kind of an office or title: a leader heads its owner (leaderOf), an official serves it (officialOf).</summary>
public enum OfficeRole : byte
{
    Official,
    Leader,
}

/// <summary>Parses the role column of the data files ("leader", "official").</summary>
public static class OfficeRoles
{
    /// <summary>The role written <paramref name="cell"/>, or false when it is neither "leader" nor "official".</summary>
    public static bool TryParse(string cell, out OfficeRole role)
    {
        role = cell == "leader" ? OfficeRole.Leader : OfficeRole.Official;
        return cell is "leader" or "official";
    }
}
