namespace OnRecord.Store.Dedup;

/// <summary>
/// Hashes of word 5-grams ("shingles") of a text. Words are runs of letters and digits, lowercased, so that
/// punctuation, curly versus straight quotes and line wrapping do not make two copies of a story differ.
/// </summary>
public static class Shingles
{
    public const int Width = 5;

    /// <summary>Adds the distinct shingle hashes of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Collect(ReadOnlySpan<char> text, HashSet<ulong> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        Span<ulong> window = stackalloc ulong[Width];
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var hash = 14695981039346656037UL;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                }
                i++;
            }
            window[words % Width] = hash;
            words++;
            if (words >= Width)
            {
                var shingle = 0UL;
                for (var k = words - Width; k < words; k++)
                {
                    shingle = (shingle * 0x9E3779B97F4A7C15UL) ^ window[k % Width];
                }
                into.Add(shingle);
            }
        }
        if (words is > 0 and < Width)
        {
            // A text shorter than one shingle is still one shingle, so that it can match itself.
            var shingle = 0UL;
            for (var k = 0; k < words; k++)
            {
                shingle = (shingle * 0x9E3779B97F4A7C15UL) ^ window[k];
            }
            into.Add(shingle);
        }
    }
}
