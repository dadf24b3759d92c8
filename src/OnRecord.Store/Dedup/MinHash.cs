namespace OnRecord.Store.Dedup;

/// <summary>
/// A MinHash signature: for each of <see cref="Size"/> hash functions, the least hash over a set of
/// shingles. The share of equal positions between two signatures estimates the sets' Jaccard similarity.
/// </summary>
public static class MinHash
{
    public const int Size = 128;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static uint[] Compute(IReadOnlyCollection<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return equal / (double)Size;
    }

    public static byte[] ToBytes(ReadOnlySpan<uint> signature) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(signature).ToArray();

    public static uint[] FromBytes(ReadOnlySpan<byte> bytes) => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bytes).ToArray();

    /// <summary>SplitMix64's finaliser: a fast, well-mixed 64-bit hash.</summary>
    internal static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        // Fixed seeds: signatures stored in a record must stay comparable across runs and versions.
        var seeds = new ulong[Size];
        var state = 0x4F6E5265636F7264UL;
        for (var i = 0; i < Size; i++)
        {
            state = Mix(state);
            seeds[i] = state;
        }
        return seeds;
    }
}
