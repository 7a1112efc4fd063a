namespace GraphBuilder.Extraction.Data;

/// <summary>How a gazetteer surface form refers to its entry.</summary>
public enum SurfaceKind : byte
{
    /// <summary>A name or short form (Korea Utara, Korut, DPRK).</summary>
    Name,

    /// <summary>An adjective of nationality (Russian, North Korean): refers to the country but is not a name.</summary>
    Demonym,

    /// <summary>A capital or seat of government standing for its state (Pyongyang, Kremlin).</summary>
    Capital,
}
