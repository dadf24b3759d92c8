namespace OnRecord.Extraction.Quotes;

/// <summary>Builds an <see cref="Attribution"/> from its anchor, content and speaker head, growing the cue and speaker phrases without letting them overlap the content.</summary>
internal static class AttributionFactory
{
    public static Attribution Create(QuoteContext ctx, int anchor, int contentStart, int contentEnd, int speakerHead, float confidence, int cueStartAt = -1)
    {
        var sentence = ctx.Sentences[ctx.SentenceOf[anchor]];
        var cueLower = contentEnd <= anchor ? Math.Max(contentEnd, sentence.Start) : sentence.Start;
        if (speakerHead >= 0 && speakerHead < anchor)
        {
            cueLower = Math.Max(cueLower, speakerHead + 1);
        }
        var cueUpper = contentStart > anchor ? contentStart : sentence.End;
        if (speakerHead > anchor)
        {
            cueUpper = Math.Min(cueUpper, speakerHead);
        }
        var (cueStart, cueEnd) = CuePhrase.Expand(ctx, anchor, cueLower, cueUpper);
        if (cueStartAt >= 0 && cueStartAt < cueStart)
        {
            cueStart = cueStartAt;
        }
        var attribution = new Attribution
        {
            Anchor = anchor,
            CueStart = cueStart,
            CueEnd = cueEnd,
            ContentStart = contentStart,
            ContentEnd = contentEnd,
            SpeakerHead = speakerHead,
            SpeakerStart = -1,
            SpeakerEnd = -1,
            Confidence = confidence,
        };
        if (speakerHead >= 0)
        {
            int lower, upper;
            if (speakerHead < cueStart)
            {
                lower = contentEnd <= speakerHead ? contentEnd : 0;
                upper = cueStart;
            }
            else
            {
                lower = cueEnd;
                upper = contentStart > speakerHead ? contentStart : ctx.Count;
            }
            if (speakerHead >= contentStart && speakerHead < contentEnd)
            {
                // The speaker sits inside the envelope of an interrupted quotation: keep the phrase between the fragments.
                lower = Math.Max(lower, contentStart);
                upper = Math.Min(upper, contentEnd);
            }
            var (s, e) = SpeakerPhrase.Expand(ctx, speakerHead, lower, upper);
            (attribution.SpeakerHead, s, e) = SpeakerDescriptions.Widen(ctx, speakerHead, s, e, lower, upper);
            attribution.SpeakerStart = s;
            attribution.SpeakerEnd = e;
        }
        return attribution;
    }
}
