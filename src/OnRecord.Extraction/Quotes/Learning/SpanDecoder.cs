namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Finds the best-scoring content span for a cue: every start and every end in the window is scored once,
/// the best <see cref="Beam"/> of each are paired, and pair features decide among those pairs. A span may
/// not begin or end on the cue itself.
/// </summary>
internal static class SpanDecoder
{
    private const int Beam = 12;

    /// <summary>The margin reported when the best span has no rival.</summary>
    public const float MaxMargin = 20f;

    /// <returns>The best span, its score, and by how much it beats the runner-up (how sure the decoder is).</returns>
    public static (int Start, int End, float Score, float Margin) Best(QuoteContext ctx, AnchorInfo a, HashedWeights weights, FeatureBuffer f)
    {
        var n = a.WindowEnd - a.WindowStart;
        if (n <= 1)
        {
            return (-1, -1, float.NegativeInfinity, 0f);
        }
        Span<float> starts = n <= 256 ? stackalloc float[n] : new float[n];
        Span<float> ends = n <= 256 ? stackalloc float[n] : new float[n];
        for (var k = 0; k < n; k++)
        {
            var i = a.WindowStart + k;
            if (i == a.Anchor || !ContentEdges.CanStart(ctx, i))
            {
                starts[k] = float.NegativeInfinity;
            }
            else
            {
                SpanFeatures.Start(ctx, a, i, f);
                starts[k] = weights.Score(f);
            }
            var j = i + 1;
            if (j - 1 == a.Anchor || !ContentEdges.CanEnd(ctx, j - 1))
            {
                ends[k] = float.NegativeInfinity;
            }
            else
            {
                SpanFeatures.End(ctx, a, j, f);
                ends[k] = weights.Score(f);
            }
        }
        Span<int> topStarts = stackalloc int[Beam];
        Span<int> topEnds = stackalloc int[Beam];
        var ns = Top(starts, topStarts);
        var ne = Top(ends, topEnds);
        var best = (Start: -1, End: -1, Score: float.NegativeInfinity);
        var second = float.NegativeInfinity;
        for (var x = 0; x < ns; x++)
        {
            var i = a.WindowStart + topStarts[x];
            for (var y = 0; y < ne; y++)
            {
                var j = a.WindowStart + topEnds[y] + 1;
                if (j <= i)
                {
                    continue;
                }
                SpanFeatures.Pair(ctx, a, i, j, f);
                var score = starts[topStarts[x]] + ends[topEnds[y]] + weights.Score(f);
                if (score > best.Score)
                {
                    second = best.Score;
                    best = (i, j, score);
                }
                else if (score > second)
                {
                    second = score;
                }
            }
        }
        return (best.Start, best.End, best.Score, float.IsNegativeInfinity(second) ? MaxMargin : Math.Min(best.Score - second, MaxMargin));
    }

    /// <summary>Indices of the highest finite scores, best first; returns how many.</summary>
    private static int Top(ReadOnlySpan<float> scores, Span<int> into)
    {
        var count = 0;
        for (var k = 0; k < scores.Length; k++)
        {
            if (float.IsNegativeInfinity(scores[k]))
            {
                continue;
            }
            if (count < into.Length)
            {
                into[count++] = k;
            }
            else if (scores[k] > scores[into[count - 1]])
            {
                into[count - 1] = k;
            }
            else
            {
                continue;
            }
            for (var m = count - 1; m > 0 && scores[into[m]] > scores[into[m - 1]]; m--)
            {
                (into[m], into[m - 1]) = (into[m - 1], into[m]);
            }
        }
        return count;
    }
}
