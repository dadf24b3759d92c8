namespace OnRecord.Extraction.Quotes;

/// <summary>
/// "OSLO - …", "OSLO (Reuters) - …": a story read as plain text may still open with its dateline. The place
/// and agency say where the story was filed, so no quotation's content may begin inside them.
/// </summary>
internal static class Datelines
{
    /// <summary>Longest dateline, in tokens, up to and including its dash.</summary>
    private const int MaxTokens = 12;

    /// <summary>The first token after an opening dateline, or 0 when the text opens with none.</summary>
    public static int End(QuoteContext ctx)
    {
        var i = 0;
        // The place: one or more words in capitals, perhaps with a comma and a date ("PARIS, March 6").
        while (i < ctx.Count && i < MaxTokens && (ctx.Is(i, WordShape.AllCaps) || i > 0 && ctx.Is(i, WordShape.Comma | WordShape.Capitalized | WordShape.Digit)))
        {
            i++;
        }
        if (i == 0 || !ctx.Is(0, WordShape.AllCaps))
        {
            return 0;
        }
        // The agency in brackets: "(Reuters)".
        if (ctx.IsWord(i, "("))
        {
            var close = i + 1;
            while (close < ctx.Count && close < MaxTokens && !ctx.IsWord(close, ")"))
            {
                close++;
            }
            if (!ctx.IsWord(close, ")"))
            {
                return 0;
            }
            i = close + 1;
        }
        return i < MaxTokens && ctx.Is(i, WordShape.Dash) && ctx.SentenceOf[i] == ctx.SentenceOf[0] ? i + 1 : 0;
    }

    /// <summary>Moves the start of any content that begins inside the dateline to the first token after it.</summary>
    public static void Exclude(QuoteContext ctx, List<Attribution> found)
    {
        var end = End(ctx);
        if (end == 0)
        {
            return;
        }
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.ContentStart < end && a.ContentEnd > end)
            {
                a.ContentStart = end;
                found[k] = a;
            }
        }
    }
}
