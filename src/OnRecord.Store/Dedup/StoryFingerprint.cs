namespace OnRecord.Store.Dedup;

/// <summary>What near-duplicate detection keeps of a story: its shingle count, MinHash signature and LSH bands.</summary>
public sealed class StoryFingerprint
{
    private StoryFingerprint(int shingleCount, uint[] signature)
    {
        ShingleCount = shingleCount;
        Signature = signature;
        Bands = LshBands.Of(signature);
    }

    public int ShingleCount { get; }

    public uint[] Signature { get; }

    public long[] Bands { get; }

    public static StoryFingerprint Of(ReadOnlySpan<char> body)
    {
        var set = new HashSet<ulong>();
        Shingles.Collect(body, set);
        return new StoryFingerprint(set.Count, MinHash.Compute(set));
    }

    public static StoryFingerprint FromStored(int shingleCount, ReadOnlySpan<byte> signature) => new(shingleCount, MinHash.FromBytes(signature));

    /// <summary>
    /// Whether <paramref name="other"/> is a copy of the same story. Either most shingles are shared
    /// (Jaccard ≥ 0.5: re-headlined, re-bylined, a changed paragraph), or the smaller story lies almost
    /// wholly inside the larger (a copy trimmed to its first paragraphs, or padded with boilerplate).
    /// </summary>
    public bool IsCopyOf(StoryFingerprint other, out double similarity)
    {
        ArgumentNullException.ThrowIfNull(other);
        var jaccard = MinHash.Similarity(Signature, other.Signature);
        similarity = jaccard;
        if (jaccard >= 0.5)
        {
            return true;
        }
        if (jaccard < 0.2 || Math.Min(ShingleCount, other.ShingleCount) < 20)
        {
            return false;
        }
        // |A ∩ B| = J / (1 + J) · (|A| + |B|); containment is that over the smaller set.
        var intersection = jaccard / (1 + jaccard) * (ShingleCount + other.ShingleCount);
        var containment = intersection / Math.Min(ShingleCount, other.ShingleCount);
        return containment >= 0.85;
    }
}
