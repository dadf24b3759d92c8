namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// The model learns and decodes contents without their outer quotation marks and final punctuation, as the
/// evaluation compares them (PolNeAR includes a final full stop in some contents and not in others, which
/// would only teach the model noise). The marks are put back before a quotation is built, so that the
/// pieces of an interrupted quotation and the kind are read from them.
/// </summary>
internal static class ContentEdges
{
    /// <summary><c>[start, end)</c> without leading quotation marks and without trailing marks and final punctuation.</summary>
    public static (int Start, int End) Trim(QuoteContext ctx, int start, int end)
    {
        while (start < end && ctx.Is(start, WordShape.OpenMark | WordShape.CloseMark))
        {
            start++;
        }
        while (end > start && IsTrailing(ctx, end - 1))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Whether a token may end a content: not punctuation, a word.</summary>
    public static bool CanEnd(QuoteContext ctx, int last) => !ctx.Is(last, WordShape.Punct | WordShape.CloseMark);

    /// <summary>Whether a token may start a content.</summary>
    public static bool CanStart(QuoteContext ctx, int first) => !ctx.Is(first, WordShape.Punct | WordShape.OpenMark);

    /// <summary>
    /// Puts back the marks of the quotations the content starts and ends with: the opening mark before a start
    /// on a quotation's first word, the punctuation and closing mark after an end on its last word.
    /// </summary>
    public static (int Start, int End) Widen(QuoteContext ctx, int start, int end)
    {
        if (end <= start)
        {
            return (start, end);
        }
        if (ctx.InQuote(start) && ctx.Segments[ctx.SegmentOf[start]] is var first && first.InnerStart == start)
        {
            start = first.OpenToken;
        }
        if (ctx.InQuote(end - 1) && ctx.Segments[ctx.SegmentOf[end - 1]] is var last)
        {
            var k = end;
            while (k < last.InnerEnd && ctx.Is(k, WordShape.Punct))
            {
                k++;
            }
            if (k == last.InnerEnd)
            {
                end = last.CloseEnd;
            }
        }
        return (start, end);
    }

    private static bool IsTrailing(QuoteContext ctx, int i) =>
        ctx.Is(i, WordShape.OpenMark | WordShape.CloseMark | WordShape.SentenceFinal | WordShape.Comma | WordShape.Colon);
}
