namespace OnRecord.Core.Documents;

/// <summary>
/// A half-open range of token indices, <c>[Start, End)</c>. A sentence is a token range.
/// Named so as not to collide with <see cref="System.Span{T}"/>.
/// </summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;

    public override string ToString() => $"tokens[{Start},{End})";
}
