using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities;

/// <summary>Fills <see cref="TokenKeys"/> for a document's tokens: hashes, shapes, gazetteer matches, document-level casing.</summary>
internal static class TokenKeyBuilder
{
    private static readonly ulong NoneHash = FeatureHash.Of("<none>");

    public static void Fill(Document document, Gazetteer gazetteer, WordClusters clusters, Span<TokenKeys> keys, Span<ulong> lowerScratch)
    {
        var text = document.Text.AsSpan();
        var tokens = document.TokenSpan;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            ref var k = ref keys[i];
            k = default;
            k.Word = FeatureHash.Of(word);
            k.Lower = FeatureHash.OfLower(word);
            lowerScratch[i] = k.Lower;
            k.Shape = ShapeHash(word, out k.Traits);
            k.Prefix = FeatureHash.OfLower(word[..Math.Min(3, word.Length)]);
            k.Suffix3 = word.Length > 3 ? FeatureHash.OfLower(word[^3..]) : NoneHash;
            k.Suffix4 = word.Length > 4 ? FeatureHash.OfLower(word[^4..]) : NoneHash;
            k.LengthBucket = (byte)Math.Min(word.Length, 8);
            k.Word1 = gazetteer.CategoriesOf(k.Lower);
            k.Cluster = clusters.Of(k.Lower);
        }
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Length > 0)
            {
                keys[sentence.Start].Traits |= TokenTraits.SentenceStart;
            }
        }
        MarkGazetteer(gazetteer, lowerScratch[..tokens.Length], document.Sentences, keys);
        MarkCapitalisedElsewhere(keys[..tokens.Length]);
    }

    private static void MarkGazetteer(Gazetteer gazetteer, ReadOnlySpan<ulong> lower, ReadOnlySpan<TokenRange> sentences, Span<TokenKeys> keys)
    {
        foreach (var sentence in sentences)
        {
            var slice = lower[sentence.Start..sentence.End];
            for (var i = 0; i < slice.Length; i++)
            {
                var length = gazetteer.LongestMatch(slice, i, out var entry);
                if (length == 0)
                {
                    continue;
                }
                keys[sentence.Start + i].GazetteerBegin |= entry.Categories;
                for (var j = 1; j < length; j++)
                {
                    keys[sentence.Start + i + j].GazetteerInside |= entry.Categories;
                }
            }
        }
    }

    /// <summary>
    /// Marks words that the document also writes capitalised away from a sentence start, which tells a name
    /// ("Peskov") from a sentence-initial common word without any tagger.
    /// </summary>
    private static void MarkCapitalisedElsewhere(Span<TokenKeys> keys)
    {
        var seen = new HashSet<ulong>();
        foreach (ref readonly var k in keys)
        {
            if ((k.Traits & (TokenTraits.Capitalised | TokenTraits.SentenceStart)) == TokenTraits.Capitalised)
            {
                seen.Add(k.Lower);
            }
        }
        foreach (ref var k in keys)
        {
            if (seen.Contains(k.Lower))
            {
                k.Traits |= TokenTraits.CapitalisedElsewhere;
            }
        }
    }

    /// <summary>Hash of the collapsed shape ("Xx", "X.X.", "dd-Xx") and the token's traits.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> word, out TokenTraits traits)
    {
        ulong h = 0xCBF29CE484222325UL;
        var previous = '\0';
        int upper = 0, lower = 0, digit = 0, repeat = 0;
        foreach (var c in word)
        {
            char cls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                upper++;
            }
            else if (char.IsLower(c))
            {
                cls = 'x';
                lower++;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                digit++;
            }
            else if (char.IsLetter(c))
            {
                cls = 'x';
                lower++;
            }
            else
            {
                cls = c;
            }
            if (cls == previous)
            {
                if (++repeat >= 2)
                {
                    continue;
                }
            }
            else
            {
                repeat = 0;
            }
            previous = cls;
            h = (h ^ cls) * 0x100000001B3UL;
        }
        traits = TokenTraits.None;
        if (upper + lower == 0)
        {
            traits |= TokenTraits.NoLetter;
        }
        else if (lower == 0)
        {
            traits |= TokenTraits.AllUpper | TokenTraits.Capitalised;
        }
        else if (upper == 0)
        {
            traits |= TokenTraits.AllLower;
        }
        else if (char.IsUpper(word[0]))
        {
            traits |= TokenTraits.Capitalised;
        }
        if (digit > 0)
        {
            traits |= TokenTraits.HasDigit;
        }
        return FeatureHash.Combine(h, 0x5A4E);
    }
}
