namespace OnRecord.Nlp.Entities;

/// <summary>Coarse facts about a token's characters, used alone and combined with other features.</summary>
[Flags]
public enum TokenTraits : byte
{
    None = 0,
    Capitalised = 1,
    AllUpper = 2,
    AllLower = 4,
    HasDigit = 8,
    NoLetter = 16,
    SentenceStart = 32,

    /// <summary>Written capitalised somewhere in the document other than at a sentence start.</summary>
    CapitalisedElsewhere = 64,
}

/// <summary>
/// Everything the recogniser needs to know about one token, hashed once per document so that feature
/// extraction combines integers instead of strings.
/// </summary>
public struct TokenKeys
{
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix;
    public ulong Suffix3;
    public ulong Suffix4;
    public GazetteerCategory GazetteerBegin;
    public GazetteerCategory GazetteerInside;

    /// <summary>Categories of the token on its own (role word, honorific, first name …).</summary>
    public GazetteerCategory Word1;
    public TokenTraits Traits;

    /// <summary>Packed coarse/fine word clusters (<see cref="WordClusters"/>), 0 when unknown.</summary>
    public uint Cluster;
    public byte LengthBucket;
}
