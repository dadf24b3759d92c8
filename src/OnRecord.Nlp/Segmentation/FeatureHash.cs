namespace OnRecord.Nlp.Segmentation;

/// <summary>FNV-1a hashing of (template, text) pairs into a weight table, without allocating strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => (Offset ^ (ulong)template) * Prime;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }
        return hash;
    }

    public static ulong Add(ulong hash, int value) => (hash ^ (uint)value) * Prime;

    /// <summary>Final mixing so that the low bits used as an index are well spread.</summary>
    public static int Index(ulong hash, int mask)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return (int)(hash & (uint)mask);
    }
}
