using OnRecord.Nlp.Learning;

namespace OnRecord.Nlp.Features;

/// <summary>
/// The hashed lexical facts of one word, computed once per token from its characters (no strings
/// allocated) and then reused by every feature template of the tagger and parser.
/// <see cref="Lower"/> and the affixes are over the normalised lower-case form: curly apostrophes and
/// quotation marks count as straight ones, since the treebanks are mostly straight and news mostly curly.
/// </summary>
public struct WordFeatures
{
    public const int MaxAffix = 4;

    /// <summary>Normalised lower-case form.</summary>
    public ulong Lower;

    /// <summary>The form with its case (normalised quotation marks).</summary>
    public ulong Form;

    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;

    /// <summary>Character classes with runs collapsed: "Hello" → "Xx", "3.5" → "d.d".</summary>
    public ulong Shape;

    /// <summary>Character classes with runs kept up to four: "1990" → "dddd", "Wonderful" → "Xxxxx".</summary>
    public ulong LongShape;

    public WordFlags Flags;

    public int Length;

    /// <summary>The word's clusters and dictionary spelling (<see cref="Lexicon.WordClusters"/>); set by the caller, unknown by default.</summary>
    public Lexicon.WordClass Class;

    /// <summary>Characters beyond this are not hashed (URLs and the like are long and unique anyway).</summary>
    public const int MaxHashed = 64;

    public static WordFeatures Of(ReadOnlySpan<char> word)
    {
        var original = word;
        word = WithoutTitlePeriod(word);
        var length = Math.Min(word.Length, MaxHashed);
        Span<char> lower = stackalloc char[length];
        Span<char> form = stackalloc char[length];
        Span<char> shape = stackalloc char[length];
        Span<char> longShape = stackalloc char[length];
        int shapeLength = 0, longShapeLength = 0, run = 0;
        var flags = WordFlags.None;
        var upper = 0;
        var letters = 0;
        var digits = 0;
        for (var i = 0; i < length; i++)
        {
            var c = Normalize(word[i]);
            form[i] = c;
            var isUpper = char.IsUpper(c);
            lower[i] = char.ToLowerInvariant(c);
            char cls;
            if (char.IsLetter(c))
            {
                letters++;
                if (isUpper)
                {
                    upper++;
                    cls = 'X';
                }
                else
                {
                    cls = 'x';
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
                cls = 'd';
            }
            else
            {
                cls = c;
                flags |= c switch
                {
                    '-' => WordFlags.HasHyphen,
                    '.' => WordFlags.HasPeriod,
                    '\'' => WordFlags.HasApostrophe,
                    _ => WordFlags.None,
                };
            }
            if (shapeLength == 0 || shape[shapeLength - 1] != cls)
            {
                shape[shapeLength++] = cls;
                run = 1;
                longShape[longShapeLength++] = cls;
            }
            else if (++run <= 4)
            {
                longShape[longShapeLength++] = cls;
            }
        }
        if (letters > 0)
        {
            flags |= WordFlags.HasLetter;
        }
        if (upper > 0)
        {
            flags |= WordFlags.HasUpper;
            if (char.IsUpper(form[0]))
            {
                flags |= WordFlags.Capitalized;
            }
            if (upper == letters)
            {
                flags |= WordFlags.AllUpper;
            }
        }
        if (digits > 0)
        {
            flags |= digits == length ? WordFlags.HasDigit | WordFlags.AllDigits : WordFlags.HasDigit;
        }
        if (letters + digits == 0)
        {
            flags |= WordFlags.NoAlphanumeric;
        }
        if (word.Length > 20)
        {
            flags |= WordFlags.Long;
        }
        if (original.Length != word.Length)
        {
            flags |= WordFlags.HasPeriod;
        }
        return new WordFeatures
        {
            Lower = FeatureHash.Of(lower),
            Form = FeatureHash.Of(form),
            Prefix1 = FeatureHash.Of(lower[..Math.Min(1, length)]),
            Prefix2 = FeatureHash.Of(lower[..Math.Min(2, length)]),
            Prefix3 = FeatureHash.Of(lower[..Math.Min(3, length)]),
            Suffix1 = FeatureHash.Of(lower[Math.Max(0, length - 1)..]),
            Suffix2 = FeatureHash.Of(lower[Math.Max(0, length - 2)..]),
            Suffix3 = FeatureHash.Of(lower[Math.Max(0, length - 3)..]),
            Suffix4 = FeatureHash.Of(lower[Math.Max(0, length - MaxAffix)..]),
            Shape = FeatureHash.Of(shape[..shapeLength]),
            LongShape = FeatureHash.Of(longShape[..longShapeLength]),
            Flags = flags,
            Length = word.Length,
        };
    }

    /// <summary>The <see cref="Lower"/> hash alone, for callers that need nothing else.</summary>
    public static ulong LowerHash(ReadOnlySpan<char> word)
    {
        word = WithoutTitlePeriod(word);
        var length = Math.Min(word.Length, MaxHashed);
        Span<char> lower = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            lower[i] = char.ToLowerInvariant(Normalize(word[i]));
        }
        return FeatureHash.Of(lower);
    }

    /// <summary>Fills <paramref name="output"/> with the features of each token of a document range, spacing and word classes included.</summary>
    public static void OfTokens(string text, ReadOnlySpan<Core.Documents.TokenData> tokens, Lexicon.WordClusters clusters, Span<WordFeatures> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(clusters);
        for (var i = 0; i < tokens.Length; i++)
        {
            output[i] = Of(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start));
            output[i].Class = clusters.Of(output[i].Lower);
            output[i].SetSpacing(
                i == 0 || (tokens[i - 1].Flags & Core.Documents.TokenFlags.SpaceAfter) != 0,
                (tokens[i].Flags & Core.Documents.TokenFlags.SpaceAfter) != 0);
        }
    }

    /// <summary>Records whether whitespace surrounds the word (the first word of a text counts as spaced before).</summary>
    public void SetSpacing(bool spaceBefore, bool spaceAfter)
    {
        Flags &= ~(WordFlags.SpaceBefore | WordFlags.SpaceAfter);
        Flags |= (spaceBefore ? WordFlags.SpaceBefore : WordFlags.None) | (spaceAfter ? WordFlags.SpaceAfter : WordFlags.None);
    }

    /// <summary>
    /// "Mr." and "Mr", "Gov." and "Gov" are one word to the models: the treebanks write titles with a
    /// period, British and agency news without. Only a capitalised run of up to four letters loses its final
    /// period ("U.S." and "etc." keep theirs).
    /// </summary>
    public static ReadOnlySpan<char> WithoutTitlePeriod(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 5 || word[^1] != '.' || !char.IsUpper(word[0]))
        {
            return word;
        }
        foreach (var c in word[..^1])
        {
            if (!char.IsLetter(c))
            {
                return word;
            }
        }
        return word[..^1];
    }

    /// <summary>Curly quotes and apostrophes as straight ones; other characters unchanged.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        _ => c,
    };
}
