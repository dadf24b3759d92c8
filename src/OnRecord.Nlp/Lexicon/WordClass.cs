namespace OnRecord.Nlp.Lexicon;

/// <summary>
/// What the word lexicon knows of one lower-cased word: its distributional cluster at four nested
/// granularities (each finer cluster lies inside one coarser cluster, like the bit prefixes of Brown
/// clusters; ids are 1-based, 0 = unknown word) and how an English word list spells it.
/// </summary>
public readonly record struct WordClass(ushort Fine, byte Medium, byte Coarse, byte Top, DictionaryCase Case)
{
    public const int FineCount = 1024;
    public const int MediumCount = 256;
    public const int CoarseCount = 64;
    public const int TopCount = 16;

    public static WordClass Unknown => default;

    public bool HasCluster => Fine != 0;
}

/// <summary>How a dictionary word list writes a word: a strong hint for proper versus common nouns.</summary>
public enum DictionaryCase : byte
{
    /// <summary>Not in the word list.</summary>
    Absent,

    /// <summary>Only in lower case ("apple", "run").</summary>
    Lower,

    /// <summary>Only capitalised ("Aaron", "Belgrade"): a name.</summary>
    Capitalized,

    /// <summary>Both ("Bush" and "bush", "May" and "may").</summary>
    Both,
}
