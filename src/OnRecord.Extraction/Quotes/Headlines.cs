namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Headlines and crossheads ("Kremlin denies meddling") report attributions in telegraphic form, with no
/// speaker's words: a one-line paragraph of at most 20 words without final punctuation is one.
/// </summary>
internal static class Headlines
{
    private const int MaxWords = 20;

    public static bool IsHeadline(QuoteContext ctx, int sentence)
    {
        var range = ctx.Sentences[sentence];
        if (range.IsEmpty || !ctx.Is(range.Start, WordShape.ParagraphStart))
        {
            return false;
        }
        if (range.End < ctx.Count && !ctx.Is(range.End, WordShape.ParagraphStart))
        {
            return false;
        }
        var last = range.End - 1;
        while (last > range.Start && ctx.Is(last, WordShape.CloseMark))
        {
            last--;
        }
        return !ctx.Is(last, WordShape.SentenceFinal) && !ctx.Is(last, WordShape.Colon) && range.Length <= MaxWords + 5;
    }
}
