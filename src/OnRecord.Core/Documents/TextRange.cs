namespace OnRecord.Core.Documents;

/// <summary>A half-open range of UTF-16 character offsets, <c>[Start, End)</c>, into a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    /// <summary>Number of characters both ranges cover.</summary>
    public int OverlapLength(TextRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public override string ToString() => $"[{Start},{End})";
}
