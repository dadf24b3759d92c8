namespace OnRecord.Nlp.Entities;

/// <summary>
/// The recogniser's feature templates. A feature key is <c>hash(template, values…)</c>; templates are numbered
/// once and never renumbered (a model's keys depend on them). Static features depend only on the tokens and
/// are scored once per token; history features depend on the tags already chosen to the left.
/// </summary>
internal static class NerFeatures
{
    public const int MaxStatic = 64;
    public const int HistoryCount = 6;

    private static readonly ulong Boundary = FeatureHash.Of("<s>");
    private static readonly ulong BoundaryShape = FeatureHash.Of("<s-shape>");

    private enum T : ulong
    {
        Bias = 1,
        Word,
        Lower,
        Prefix,
        Suffix3,
        Suffix4,
        Shape,
        LowerPrev,
        LowerNext,
        LowerPrev2,
        LowerNext2,
        BigramPrev,
        BigramNext,
        ShapePrevCur,
        ShapeCurNext,
        ShapeTrigram,
        StartShape,
        GazBegin,
        GazInside,
        GazPrev,
        GazNext,
        LowerPrevShape,
        ShapePrev2LowerPrevShape,
        LengthShape,
        Traits,
        WordCategories,
        WordCategoriesPrev,
        WordCategoriesPrev2,
        GazBeginTraits,
        LowerNextShape,
        SuffixPrev,
        WordNext,
        WordPrev,
        ClusterCoarse,
        ClusterFine,
        ClusterPrev,
        ClusterNext,
        ClusterFineShape,
        UnknownShape,

        PrevTag = 100,
        PrevTags,
        PrevTagLower,
        PrevTagShape,
        DocumentTag,
        PrevTagLowerNextShape,
    }

    private static ulong K(T template, ulong a) => FeatureHash.Combine((ulong)template, a);

    private static ulong K(T template, ulong a, ulong b) => FeatureHash.Combine((ulong)template, a, b);

    private static ulong K(T template, ulong a, ulong b, ulong c) => FeatureHash.Combine((ulong)template, a, b, c);

    /// <summary>Writes the static feature keys of token <paramref name="i"/> of the sentence <c>[start, end)</c>; returns how many.</summary>
    public static int Static(ReadOnlySpan<TokenKeys> keys, int start, int end, int i, Span<ulong> output)
    {
        ref readonly var t = ref keys[i];
        var lowerPrev = i - 1 >= start ? keys[i - 1].Lower : Boundary;
        var lowerPrev2 = i - 2 >= start ? keys[i - 2].Lower : Boundary;
        var lowerNext = i + 1 < end ? keys[i + 1].Lower : Boundary;
        var lowerNext2 = i + 2 < end ? keys[i + 2].Lower : Boundary;
        var shapePrev = i - 1 >= start ? keys[i - 1].Shape : BoundaryShape;
        var shapePrev2 = i - 2 >= start ? keys[i - 2].Shape : BoundaryShape;
        var shapeNext = i + 1 < end ? keys[i + 1].Shape : BoundaryShape;
        var n = 0;
        output[n++] = K(T.Bias, 0);
        output[n++] = K(T.Word, t.Word);
        output[n++] = K(T.Lower, t.Lower);
        output[n++] = K(T.Prefix, t.Prefix);
        output[n++] = K(T.Suffix3, t.Suffix3);
        output[n++] = K(T.Suffix4, t.Suffix4);
        output[n++] = K(T.Shape, t.Shape);
        output[n++] = K(T.LowerPrev, lowerPrev);
        output[n++] = K(T.LowerNext, lowerNext);
        output[n++] = K(T.LowerPrev2, lowerPrev2);
        output[n++] = K(T.LowerNext2, lowerNext2);
        output[n++] = K(T.BigramPrev, lowerPrev, t.Lower);
        output[n++] = K(T.BigramNext, t.Lower, lowerNext);
        output[n++] = K(T.ShapePrevCur, shapePrev, t.Shape);
        output[n++] = K(T.ShapeCurNext, t.Shape, shapeNext);
        output[n++] = K(T.ShapeTrigram, shapePrev, t.Shape, shapeNext);
        output[n++] = K(T.LowerPrevShape, lowerPrev, t.Shape);
        output[n++] = K(T.LowerNextShape, lowerNext, t.Shape);
        output[n++] = K(T.ShapePrev2LowerPrevShape, shapePrev2, lowerPrev, t.Shape);
        output[n++] = K(T.LengthShape, t.LengthBucket, t.Shape);
        output[n++] = K(T.Traits, (ulong)t.Traits);
        output[n++] = K(T.WordNext, i + 1 < end ? keys[i + 1].Word : Boundary);
        output[n++] = K(T.WordPrev, i - 1 >= start ? keys[i - 1].Word : Boundary);
        output[n++] = K(T.SuffixPrev, i - 1 >= start ? keys[i - 1].Suffix3 : Boundary);
        output[n++] = K(T.ClusterCoarse, t.Cluster >> 16);
        output[n++] = K(T.ClusterFine, t.Cluster & 0xFFFF);
        output[n++] = K(T.ClusterFineShape, t.Cluster & 0xFFFF, t.Shape);
        output[n++] = K(T.ClusterPrev, i - 1 >= start ? keys[i - 1].Cluster : 0xFFFFFFFF);
        output[n++] = K(T.ClusterNext, i + 1 < end ? keys[i + 1].Cluster : 0xFFFFFFFF);
        output[n++] = K(T.UnknownShape, t.Cluster == 0 ? 1UL : 0UL, t.Shape);
        if ((t.Traits & TokenTraits.SentenceStart) != 0)
        {
            output[n++] = K(T.StartShape, t.Shape);
        }
        n = Categories(T.GazBegin, t.GazetteerBegin, 0, output, n);
        n = Categories(T.GazInside, t.GazetteerInside, 0, output, n);
        n = Categories(T.GazBeginTraits, t.GazetteerBegin, (ulong)(t.Traits & (TokenTraits.Capitalised | TokenTraits.AllUpper | TokenTraits.AllLower)), output, n);
        n = Categories(T.WordCategories, t.Word1, 0, output, n);
        if (i - 1 >= start)
        {
            n = Categories(T.GazPrev, keys[i - 1].GazetteerBegin | keys[i - 1].GazetteerInside, 0, output, n);
            n = Categories(T.WordCategoriesPrev, keys[i - 1].Word1, 0, output, n);
        }
        if (i - 2 >= start)
        {
            n = Categories(T.WordCategoriesPrev2, keys[i - 2].Word1, 0, output, n);
        }
        if (i + 1 < end)
        {
            n = Categories(T.GazNext, keys[i + 1].GazetteerBegin | keys[i + 1].GazetteerInside, 0, output, n);
        }
        return n;
    }

    /// <summary>Writes the features that depend on the tags already assigned.</summary>
    public static void History(ReadOnlySpan<TokenKeys> keys, int end, int i, byte previous, byte previous2, byte documentTag, Span<ulong> output)
    {
        ref readonly var t = ref keys[i];
        output[0] = K(T.PrevTag, previous);
        output[1] = K(T.PrevTags, previous, previous2);
        output[2] = K(T.PrevTagLower, previous, t.Lower);
        output[3] = K(T.PrevTagShape, previous, t.Shape);
        output[4] = K(T.DocumentTag, documentTag, (ulong)(t.Traits & TokenTraits.SentenceStart));
        output[5] = K(T.PrevTagLowerNextShape, previous, t.Lower, i + 1 < end ? keys[i + 1].Shape : BoundaryShape);
    }

    private static int Categories(T template, GazetteerCategory categories, ulong extra, Span<ulong> output, int n)
    {
        var bits = (uint)categories;
        while (bits != 0 && n < output.Length)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            output[n++] = K(template, (ulong)bit, extra);
        }
        return n;
    }
}
