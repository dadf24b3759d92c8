using OnRecord.Core.Documents;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Nlp.Segmentation;

/// <summary>
/// Features of the gap after token <c>i</c>: the words and shapes around it, whether the rule splitter
/// would break there, spacing and line breaks, and how long the current sentence already is.
/// Each feature is a hashed index into the model's weight table.
/// </summary>
internal static class SentenceBoundaryFeatures
{
    public const int MaxFeatures = 32;

    /// <summary>Writes the feature indices into <paramref name="output"/>; returns how many.</summary>
    public static int Extract(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, int i, bool ruleBoundary, int sentenceLength, int mask, Span<int> output)
    {
        var n = 0;
        var w0 = Word(tokens, text, i);
        var w1 = Word(tokens, text, i + 1);
        var wm1 = Word(tokens, text, i - 1);
        var w2 = Word(tokens, text, i + 2);
        var s0 = Shape(w0);
        var s1 = Shape(w1);
        var flags = tokens[i].Flags;
        var space = (flags & TokenFlags.SpaceAfter) != 0 ? 1 : 0;
        var newline = (flags & TokenFlags.NewlineAfter) != 0 ? 1 : 0;
        var rule = ruleBoundary ? 1 : 0;
        var length = Math.Min(sentenceLength, 40) / 5;

        output[n++] = Index(FeatureHash.Start(0), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.Start(1), w0), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.Start(2), w1), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.Start(3), wm1), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.Start(4), w2), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Start(5), s0), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Start(6), s1), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(7), s0), s1), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Start(8), rule), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(9), rule), s1), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(10), space), newline), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(11), newline), s1), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.AddLower(FeatureHash.Start(12), w0), s1), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(13), s0), w1), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(14), w0), w1), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), length), rule), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(16), length), s0), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.AddLower(FeatureHash.Start(17), wm1), w0), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(18), space), s0), s1), mask);
        output[n++] = Index(FeatureHash.AddLower(FeatureHash.Start(19), Suffix(w0)), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), Shape(wm1)), s0), mask);
        output[n++] = Index(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21), s1), Shape(w2)), mask);
        return n;
    }

    private static int Index(ulong hash, int mask) => FeatureHash.Index(hash, mask);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<TokenData> tokens, ReadOnlySpan<char> text, int i)
    {
        if (i < 0)
        {
            return "<s>";
        }
        if (i >= tokens.Length)
        {
            return "</s>";
        }
        var t = tokens[i];
        var word = text[t.Start..t.End];
        return word.Length > 20 ? word[..20] : word;
    }

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word) => word.Length > 3 ? word[^3..] : word;

    /// <summary>A coarse shape class: upper-initial, all-upper, lower, digit, terminal punctuation, quote, other punctuation.</summary>
    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }
        var c = word[0];
        if (char.IsUpper(c))
        {
            return word.Length > 1 && char.IsUpper(word[^1]) ? 2 : 1;
        }
        if (char.IsLower(c))
        {
            return 3;
        }
        if (char.IsDigit(c))
        {
            return 4;
        }
        if (CharClass.IsSentenceFinal(c))
        {
            return 5;
        }
        if (CharClass.IsOpeningQuote(c))
        {
            return 6;
        }
        if (CharClass.IsClosingQuote(c) || c is '"' or '\'')
        {
            return 7;
        }
        if (CharClass.IsOpeningBracket(c) || CharClass.IsClosingBracket(c))
        {
            return 8;
        }
        return 9 + (c is ',' or ';' or ':' ? c : 0);
    }
}
