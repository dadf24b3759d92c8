namespace OnRecord.Extraction.Quotes;

/// <summary>
/// A 64-bit FNV-1a hash of a word, case-folded, with curly apostrophes and digits normalised, so that
/// features and lexicon look-ups need no string per token.
/// </summary>
internal static class WordHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> word)
    {
        var h = Seed;
        foreach (var raw in word)
        {
            var c = raw switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                >= '0' and <= '9' => '0',
                _ => char.ToLowerInvariant(raw),
            };
            h = (h ^ c) * Prime;
        }
        return h;
    }

    public static ulong Of(string word) => Of(word.AsSpan());

    /// <summary>Combines a feature template with a value.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var h = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return h;
    }
}
