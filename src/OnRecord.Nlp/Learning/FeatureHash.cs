namespace OnRecord.Nlp.Learning;

/// <summary>
/// Stable 64-bit hashes for features. Models store hashed feature ids, so these functions are part of the
/// model format: changing one means retraining every model (bump the model format versions).
/// <see cref="string.GetHashCode()"/> is randomised per process and must never be used here.
/// </summary>
public static class FeatureHash
{
    private const ulong Seed = 0x243F6A8885A308D3;

    /// <summary>Finaliser of MurmurHash3: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        h ^= h >> 33;
        return h;
    }

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Seed;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3;
        }
        return Mix(h ^ (ulong)text.Length);
    }

    // Features are built by multiply-xor steps and one final mix: a feature is hashed dozens of times per
    // word, so it must cost a few multiplications, not a full mix per value.
    private const ulong K1 = 0x9E3779B97F4A7C15;
    private const ulong K2 = 0xC2B2AE3D27D4EB4F;

    /// <summary>A feature made of a template id and one value.</summary>
    public static ulong Feature(int template, ulong a) => Mix(Step((ulong)template * K1, a));

    public static ulong Feature(int template, ulong a, ulong b) => Mix(Step(Step((ulong)template * K1, a), b));

    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Mix(Step(Step(Step((ulong)template * K1, a), b), c));

    public static ulong Feature(int template, ulong a, ulong b, ulong c, ulong d) =>
        Mix(Step(Step(Step(Step((ulong)template * K1, a), b), c), d));

    private static ulong Step(ulong h, ulong v) => (System.Numerics.BitOperations.RotateLeft(h, 23) ^ v) * K2 + K1;
}
