namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Attribution with the trained <see cref="QuoteModel"/>: each candidate word is scored as a cue head; for
/// each cue above the threshold the best content span and then the best speaker are decoded. The rules run
/// first and their findings are features; their quotation-mark patterns, which are nearly always right,
/// are taken as they are for a cue both chose, and their surest attributions fill gaps the model left.
/// </summary>
internal sealed class LearnedAttributionFinder(QuoteModel model) : IAttributionFinder
{
    private static bool IsSpeechCue(QuoteContext ctx, int c) => Lexicon.CueLexicon.TryGet(ctx.Word(c), out var cue) && !cue.IsWeak;

    /// <summary>The rules give their quotation-mark patterns this confidence (see <see cref="Rules.DirectQuoteRules"/>).</summary>
    private const float DirectRuleConfidence = 0.95f;

    public void Find(QuoteContext ctx, List<Attribution> output)
    {
        var hints = new RuleHints(ctx);
        var f = new FeatureBuffer();
        var found = new List<(Attribution Attribution, float Margin)>();
        var bar = model.Thresholds;
        for (var c = 0; c < ctx.Count; c++)
        {
            if (!model.IsCandidate(ctx, c))
            {
                continue;
            }
            CueFeatures.Extract(ctx, hints, c, f);
            // PolNeAR counts beliefs and stances with any verb ("opened", "wants"); news readers look for speech,
            // so a cue that is not a speech verb of the lexicon must be surer (a margin tuned on development data).
            var speech = IsSpeechCue(ctx, c);
            var margin = model.Cue.Score(f) - bar.Threshold - (speech ? 0f : bar.WeakMargin);
            if (margin <= 0f)
            {
                continue;
            }
            if (Decode(ctx, hints, c, f) is { } decoded)
            {
                var (attribution, origin, spanMargin) = decoded;
                attribution.Evidence = new ConfidenceEvidence(margin, spanMargin, origin, speech, false, attribution.HasSpeaker,
                    origin == AttributionOrigin.Model ? 0f : attribution.Confidence);
                found.Add((attribution, margin));
            }
        }
        var taken = new bool[ctx.Count];
        foreach (var (attribution, margin) in found)
        {
            // A cue inside what another cue reports (a belief within reported speech) is annotated only now and then.
            var nested = IsNested(attribution, found);
            if (nested && margin <= bar.NestedMargin)
            {
                continue;
            }
            taken[attribution.Anchor] = true;
            var evidence = attribution.Evidence with { Nested = nested };
            output.Add(attribution with { Evidence = evidence, Confidence = model.Calibration.Probability(evidence) });
        }
        SplitAtJoints(ctx, hints, output);
        var fromModel = output.Count;
        AddMissedQuotations(ctx, hints, taken, output);
        for (var k = fromModel; k < output.Count; k++)
        {
            var a = output[k];
            var evidence = new ConfidenceEvidence(0f, 0f, AttributionOrigin.RuleFill, IsSpeechCue(ctx, a.Anchor), false, a.HasSpeaker, a.Confidence);
            output[k] = a with { Evidence = evidence, Confidence = model.Calibration.Probability(evidence) };
        }
    }

    /// <summary>The content and speaker of the cue <paramref name="c"/>, or null when it reports nothing.</summary>
    private (Attribution Attribution, AttributionOrigin Origin, float SpanMargin)? Decode(QuoteContext ctx, RuleHints hints, int c, FeatureBuffer f)
    {
        if (hints.TryGet(c, out var rule) && rule.Confidence >= DirectRuleConfidence)
        {
            return (rule, AttributionOrigin.RuleQuotation, SpanDecoder.MaxMargin);
        }
        if (Rules.QuotedAsSaying.Read(ctx, c) is { } quoted)
        {
            return (quoted, AttributionOrigin.RuleQuotation, SpanDecoder.MaxMargin);
        }
        var anchor = new AnchorInfo(ctx, hints, c);
        var (start, end, _, spanMargin) = SpanDecoder.Best(ctx, anchor, model.Span, f);
        if (start < 0)
        {
            return null;
        }
        if (Rules.ObjectSkipper.IsOnlyCircumstance(ctx, c, anchor.CueEnd, start, end) || SpeakerDescriptions.IsPartOfDescription(ctx, start, end))
        {
            // What follows the cue is only when, where or to whom it was said: take the rules' reading or none.
            return hints.TryGet(c, out var fallback) ? (fallback, AttributionOrigin.RuleQuotation, 0f) : null;
        }
        var speaker = SpeakerDecoder.Best(ctx, anchor, start, end, model.Speaker, f);
        speaker = ParticipleSubject.Correct(ctx, c, anchor.CueStart, speaker);
        (start, end) = ContentEdges.Widen(ctx, start, end);
        var found = AttributionFactory.Create(ctx, c, start, end, speaker, 0f);
        if (SpeakerAppositive.EndsAfterDescription(ctx, found))
        {
            found = AttributionFactory.Create(ctx, c, start, Rules.ClauseBounds.TrimEnd(ctx, start, found.CueStart), speaker, 0f);
        }
        return (found, AttributionOrigin.Model, spanMargin);
    }

    private static bool IsNested(in Attribution a, List<(Attribution Attribution, float Margin)> found)
    {
        foreach (var (other, _) in found)
        {
            if (other.Anchor != a.Anchor && other.ContentContains(a.Anchor) && !a.ContentContains(other.Anchor))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "…found that A, while US intelligence believes B": when a content the model chose runs over a contrast
    /// ("; ", ", while", ", but") into a clause the rules attribute to its own speaker, the content ends at the contrast.
    /// </summary>
    private static void SplitAtJoints(QuoteContext ctx, RuleHints hints, List<Attribution> output)
    {
        for (var k = 0; k < output.Count; k++)
        {
            var a = output[k];
            if (a.ContentStart <= a.Anchor)
            {
                continue;
            }
            foreach (var rule in hints.Attributions)
            {
                if (rule.Anchor <= a.ContentStart || rule.Anchor >= a.ContentEnd || !rule.HasSpeaker || rule.SpeakerStart <= a.ContentStart
                    || rule.ContentStart < rule.Anchor)
                {
                    continue;
                }
                var joint = rule.SpeakerStart - 1;
                while (joint > a.ContentStart && rule.SpeakerStart - joint <= 2 && !IsContrast(ctx, joint))
                {
                    joint--;
                }
                if (joint > a.ContentStart + 1 && IsContrast(ctx, joint))
                {
                    var end = ctx.Is(joint - 1, WordShape.Comma) ? joint - 1 : joint;
                    output[k] = a with { ContentEnd = end };
                    break;
                }
            }
        }
    }

    private static bool IsContrast(QuoteContext ctx, int i) =>
        ctx.IsWord(i, ";") || ctx.IsWord(i, "while") || ctx.IsWord(i, "but") || ctx.IsWord(i, "whereas") || ctx.IsWord(i, "although");

    /// <summary>
    /// Attributions the rules are sure of and the model passed over, where they overlap nothing it found. A
    /// quotation-mark attribution made in the quotation's own sentence also replaces what the model attributed
    /// to a cue in another sentence ("Readers wrote in." “…” ― Jane Doe).
    /// </summary>
    private static void AddMissedQuotations(QuoteContext ctx, RuleHints hints, bool[] taken, List<Attribution> output)
    {
        var found = output.Count;
        var removed = new bool[found];
        foreach (var rule in hints.Attributions)
        {
            if (taken[rule.Anchor] || !FillsGaps(ctx, rule))
            {
                continue;
            }
            var overlaps = false;
            var replaceable = rule.Confidence >= DirectRuleConfidence;
            for (var k = 0; k < found; k++)
            {
                if (!removed[k] && Conflict(output[k], rule))
                {
                    overlaps = true;
                    replaceable &= ctx.SentenceOf[output[k].Anchor] != ctx.SentenceOf[rule.Anchor]
                        && (output[k].Anchor < output[k].ContentStart || output[k].Anchor >= output[k].ContentEnd);
                }
            }
            if (overlaps && replaceable)
            {
                for (var k = 0; k < found; k++)
                {
                    removed[k] |= Conflict(output[k], rule);
                }
            }
            if (!overlaps || replaceable)
            {
                output.Add(rule);
            }
        }
        for (var k = found - 1; k >= 0; k--)
        {
            if (removed[k])
            {
                output.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// Two attributions conflict when their contents overlap, unless one is nested in the other's content
    /// ("X told reporters that the president expected …" reports both X's words and the president's wish).
    /// </summary>
    private static bool Conflict(in Attribution a, in Attribution b) =>
        a.ContentStart < b.ContentEnd && b.ContentStart < a.ContentEnd && !a.ContentContains(b.Anchor) && !b.ContentContains(a.Anchor);

    /// <summary>
    /// Rule attributions at least this sure (quotation-mark patterns, speech verbs, findings, "according to")
    /// are added where the model found nothing overlapping: on PolNeAR dev +0.7 overlap F1 for −0.15 exact F1.
    /// </summary>
    private const float UnionConfidence = 0.85f;

    /// <summary>
    /// Whether a rule attribution may fill a gap the model left. A speech verb followed by its content without
    /// "that" is left to the model, which passed over it for a reason: "pledged to rebuild", "reported from the
    /// coast", "posted Friday" report nothing (on PolNeAR dev these fills were wrong two times in three: exact
    /// F1 +0.56, speaker accuracy +0.9 without them). The exception is "what X said was …", whose content the
    /// model never learned to start after the cue.
    /// </summary>
    private static bool FillsGaps(QuoteContext ctx, in Attribution rule)
    {
        if (rule.Confidence < UnionConfidence)
        {
            return false;
        }
        if (rule.Confidence >= ThatClauseConfidence || rule.ContentStart <= rule.Anchor || ctx.InQuote(rule.ContentStart) || ctx.Is(rule.ContentStart, WordShape.OpenMark)
            || !Lexicon.CueLexicon.TryGet(ctx.Word(rule.Anchor), out var cue) || cue.Family is not (Lexicon.CueFamily.Speech or Lexicon.CueFamily.Writing))
        {
            return true;
        }
        return rule.HasSpeaker && rule.SpeakerEnd <= rule.CueStart && ctx.IsWord(rule.SpeakerStart - 1, "what");
    }

    /// <summary>What the rules give a speech verb followed by "that" (see <see cref="Rules.ReportedSpeechRules"/>).</summary>
    private const float ThatClauseConfidence = 0.9f;
}
