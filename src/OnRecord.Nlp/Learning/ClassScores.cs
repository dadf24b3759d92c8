namespace OnRecord.Nlp.Learning;

/// <summary>Arg-max helpers over a score vector; ties go to the lowest class so decoding is deterministic.</summary>
public static class ClassScores
{
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    /// <summary>The best class among those <paramref name="allowed"/> marks true, or -1 when none is allowed.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (allowed[c] && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }
        return best;
    }
}
