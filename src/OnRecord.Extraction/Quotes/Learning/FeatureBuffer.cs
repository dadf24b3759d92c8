namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// The features of one decision, as 64-bit hashes of (template, value). Reused across decisions of a
/// document so that extraction allocates nothing per token.
/// </summary>
internal sealed class FeatureBuffer
{
    private ulong[] _keys = new ulong[64];

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(ulong template, ulong value)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }
        _keys[Count++] = WordHash.Mix(template, value);
    }

    public void Add(ulong template, ulong a, ulong b) => Add(template, WordHash.Mix(a, b));

    public void Add(ulong template, ulong a, ulong b, ulong c) => Add(template, WordHash.Mix(WordHash.Mix(a, b), c));

    public void Add(ulong template, bool value)
    {
        if (value)
        {
            Add(template, 1UL);
        }
    }
}
