namespace OnRecord.Store.Dedup;

/// <summary>
/// Locality-sensitive hashing over a MinHash signature: <see cref="Count"/> bands of <see cref="Rows"/>
/// positions each. Two stories become candidates when any band is equal, which happens with probability
/// 1 − (1 − J^3)^40: 0.90 at Jaccard 0.375 (a copy trimmed to its first paragraphs), 0.005 at 0.05.
/// </summary>
public static class LshBands
{
    public const int Count = 40;
    public const int Rows = 3;

    public static long[] Of(ReadOnlySpan<uint> signature)
    {
        var bands = new long[Count];
        for (var b = 0; b < Count; b++)
        {
            var h = (ulong)b * 0x9E3779B97F4A7C15UL;
            for (var r = 0; r < Rows; r++)
            {
                h = MinHash.Mix(h ^ signature[(b * Rows) + r]);
            }
            bands[b] = (long)h;
        }
        return bands;
    }
}
