using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Tokenization;

/// <summary>A growable array of <see cref="TokenData"/> that the tokenizer appends to.</summary>
internal struct TokenBuffer
{
    public TokenData[] Items;
    public int Count;

    public TokenBuffer(int capacity)
    {
        Items = new TokenData[Math.Max(16, capacity)];
        Count = 0;
    }

    public void Add(int start, int end, TokenFlags flags = TokenFlags.None)
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
        }
        Items[Count++] = new TokenData(start, end, flags);
    }

    public readonly ref TokenData Last => ref Items[Count - 1];
}
