namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Where a cue's content and speaker may lie: the cue's sentence and its neighbours, widened to whole
/// quotations that cross the edge (a long quotation before "he said"), and capped so that a run-on
/// sentence or a broken one keeps decoding cheap.
/// </summary>
internal static class SpanWindow
{
    private const int MaxReach = 120;

    public static (int Start, int End) Content(QuoteContext ctx, int cue)
    {
        var s = ctx.SentenceOf[cue];
        var start = ctx.Sentences[Math.Max(0, s - 1)].Start;
        var end = ctx.Sentences[Math.Min(ctx.Sentences.Length - 1, s + 1)].End;
        foreach (var seg in ctx.Segments)
        {
            if (seg.OpenToken < start && seg.CloseEnd > start)
            {
                start = seg.OpenToken;
            }
            if (seg.OpenToken < end && seg.CloseEnd > end)
            {
                end = seg.CloseEnd;
            }
        }
        return (Math.Max(start, cue - MaxReach), Math.Min(end, cue + MaxReach));
    }

    public static (int Start, int End) Speaker(QuoteContext ctx, int cue)
    {
        var s = ctx.SentenceOf[cue];
        var start = ctx.Sentences[Math.Max(0, s - 1)].Start;
        var end = ctx.Sentences[s].End;
        return (Math.Max(start, cue - 60), Math.Min(end, cue + 40));
    }
}
