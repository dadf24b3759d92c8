namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Attribution with the trained <see cref="QuoteModel"/>: each candidate word is scored as a cue head; for
/// each cue above the threshold the best content span and then the best speaker are decoded. The rules run
/// first and their findings are features, not decisions.
/// </summary>
internal sealed class LearnedAttributionFinder(QuoteModel model) : IAttributionFinder
{
    public void Find(QuoteContext ctx, List<Attribution> output)
    {
        var hints = new RuleHints(ctx);
        var f = new FeatureBuffer();
        for (var c = 0; c < ctx.Count; c++)
        {
            if (!model.IsCandidate(ctx.Hashes[c]))
            {
                continue;
            }
            CueFeatures.Extract(ctx, hints, c, f);
            var score = model.Cue.Score(f);
            if (score <= model.CueThreshold)
            {
                continue;
            }
            var anchor = new AnchorInfo(ctx, hints, c);
            var (start, end, _) = SpanDecoder.Best(ctx, anchor, model.Span, f);
            if (start < 0)
            {
                continue;
            }
            var speaker = SpeakerDecoder.Best(ctx, anchor, start, end, model.Speaker, f);
            output.Add(AttributionFactory.Create(ctx, c, start, end, speaker, Sigmoid(score - model.CueThreshold)));
        }
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
