namespace OnRecord.Core.Documents;

/// <summary>
/// The stored data of one token (a UD syntactic word). Documents keep these in one array;
/// <see cref="Token"/> is the cheap view over an element.
/// </summary>
public struct TokenData
{
    public const int NoHead = -2;
    public const int RootHead = -1;

    /// <summary>Character offset of the first character.</summary>
    public int Start;

    /// <summary>Character offset one past the last character.</summary>
    public int End;

    /// <summary>Index of the syntactic head within the document's tokens, <see cref="RootHead"/> for a root, <see cref="NoHead"/> before parsing.</summary>
    public int Head;

    public UniversalPos Pos;

    public TokenFlags Flags;

    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos;

    public string? Lemma;

    /// <summary>UD dependency relation (with subtype, e.g. <c>nsubj:pass</c>), or null before parsing.</summary>
    public string? Dep;

    public TokenData(int start, int end, TokenFlags flags = TokenFlags.None)
    {
        Start = start;
        End = end;
        Head = NoHead;
        Flags = flags;
    }

    public readonly int Length => End - Start;
}
