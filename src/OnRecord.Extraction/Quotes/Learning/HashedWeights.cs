namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// A linear model over hashed features: a weight per bucket of a 2^<see cref="Bits"/> table. Feature keys
/// are spread over the buckets by a multiplicative hash; collisions are rare enough at this size to ignore.
/// </summary>
internal sealed class HashedWeights
{
    public HashedWeights(int bits)
    {
        Bits = bits;
        Values = new float[1 << bits];
    }

    public HashedWeights(int bits, float[] values)
    {
        Bits = bits;
        Values = values;
    }

    public int Bits { get; }

    public float[] Values { get; }

    public int Index(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    public float Score(ReadOnlySpan<ulong> keys)
    {
        var sum = 0f;
        var values = Values;
        foreach (var key in keys)
        {
            sum += values[Index(key)];
        }
        return sum;
    }

    public float Score(FeatureBuffer features) => Score(features.Keys);
}
