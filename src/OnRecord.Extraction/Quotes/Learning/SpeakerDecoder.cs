namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>Chooses the speaker's head token for a cue and its content, or none, by the highest score.</summary>
internal static class SpeakerDecoder
{
    public static int Best(QuoteContext ctx, AnchorInfo a, int contentStart, int contentEnd, HashedWeights weights, FeatureBuffer f)
    {
        SpeakerFeatures.NoSpeaker(ctx, a, contentStart, contentEnd, f);
        var best = -1;
        var bestScore = weights.Score(f);
        var (start, end) = SpanWindow.Speaker(ctx, a.Anchor);
        for (var k = start; k < end; k++)
        {
            if (!IsCandidate(ctx, a, contentStart, contentEnd, k))
            {
                continue;
            }
            SpeakerFeatures.Candidate(ctx, a, contentStart, contentEnd, k, f);
            var score = weights.Score(f);
            if (score > bestScore)
            {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Any word near the cue outside the content; inside an interrupted quotation's envelope only next to the cue.</summary>
    public static bool IsCandidate(QuoteContext ctx, AnchorInfo a, int contentStart, int contentEnd, int k)
    {
        if (k == a.Anchor || k >= a.CueStart && k < a.CueEnd || ctx.Is(k, WordShape.Punct) || ctx.InQuote(k))
        {
            return false;
        }
        if (k >= contentStart && k < contentEnd)
        {
            return contentStart < a.Anchor && contentEnd > a.Anchor && Math.Abs(k - a.Anchor) <= 8;
        }
        return true;
    }
}
