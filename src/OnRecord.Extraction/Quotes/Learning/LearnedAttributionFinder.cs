namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Attribution with the trained <see cref="QuoteModel"/>: each candidate word is scored as a cue head; for
/// each cue above the threshold the best content span and then the best speaker are decoded. The rules run
/// first and their findings are features; only their quotation-mark patterns, which are nearly always
/// right, are taken as they are: for a cue both chose, and where the model found nothing overlapping.
/// </summary>
internal sealed class LearnedAttributionFinder(QuoteModel model) : IAttributionFinder
{
    /// <summary>
    /// Extra score needed by a cue that is not a speech verb of the lexicon. PolNeAR counts beliefs and
    /// stances with any verb ("opened", "wants"); news readers look for speech, so those cues must be surer.
    /// On PolNeAR dev it leaves exact F1 unchanged (55.0 without, 55.2 with) and costs 1.2 overlap F1.
    /// </summary>
    private const float Margin = 2f;

    private static bool IsSpeechCue(QuoteContext ctx, int c) => Lexicon.CueLexicon.TryGet(ctx.Word(c), out var cue) && !cue.IsWeak;

    /// <summary>The rules give their quotation-mark patterns this confidence (see <see cref="Rules.DirectQuoteRules"/>).</summary>
    private const float DirectRuleConfidence = 0.95f;

    public void Find(QuoteContext ctx, List<Attribution> output)
    {
        var hints = new RuleHints(ctx);
        var f = new FeatureBuffer();
        var taken = new bool[ctx.Count];
        for (var c = 0; c < ctx.Count; c++)
        {
            if (!model.IsCandidate(ctx.Hashes[c]))
            {
                continue;
            }
            CueFeatures.Extract(ctx, hints, c, f);
            var score = model.Cue.Score(f);
            if (score <= model.CueThreshold || score <= model.CueThreshold + Margin && !IsSpeechCue(ctx, c))
            {
                continue;
            }
            var confidence = Sigmoid(score - model.CueThreshold);
            taken[c] = true;
            if (hints.TryGet(c, out var rule) && rule.Confidence >= DirectRuleConfidence)
            {
                output.Add(rule with { Confidence = confidence });
                continue;
            }
            var anchor = new AnchorInfo(ctx, hints, c);
            var (start, end, _) = SpanDecoder.Best(ctx, anchor, model.Span, f);
            if (start >= 0)
            {
                var speaker = SpeakerDecoder.Best(ctx, anchor, start, end, model.Speaker, f);
                output.Add(AttributionFactory.Create(ctx, c, start, end, speaker, confidence));
            }
        }
        AddMissedQuotations(hints, taken, output);
    }

    /// <summary>Quotations in marks that the rules attributed and the model passed over, where they overlap nothing it found.</summary>
    private static void AddMissedQuotations(RuleHints hints, bool[] taken, List<Attribution> output)
    {
        var found = output.Count;
        foreach (var rule in hints.Attributions)
        {
            if (taken[rule.Anchor] || rule.Confidence < DirectRuleConfidence)
            {
                continue;
            }
            var overlaps = false;
            for (var k = 0; k < found && !overlaps; k++)
            {
                overlaps = output[k].ContentStart < rule.ContentEnd && rule.ContentStart < output[k].ContentEnd;
            }
            if (!overlaps)
            {
                output.Add(rule);
            }
        }
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
