using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>Where reported content starts and stops inside a sentence.</summary>
internal static class ClauseBounds
{
    private static readonly WordSet Contrasts = WordSet.Of("but while although though whereas yet");

    /// <summary>
    /// The end (exclusive) of content that starts at <paramref name="start"/>: the sentence end without its
    /// final punctuation, or earlier before "; ", ", but/while …" or "and" + another cue. A quotation that
    /// opens in the content and closes after the sentence carries the content to its close.
    /// </summary>
    public static int ContentEnd(QuoteContext ctx, int start, int sentenceEnd)
    {
        var end = sentenceEnd;
        if (ctx.Is(start, WordShape.OpenMark))
        {
            foreach (var seg in ctx.Segments)
            {
                if (seg.OpenToken == start && seg.IsDouble)
                {
                    end = Math.Max(end, seg.CloseEnd);
                    return TrimEnd(ctx, start, end);
                }
            }
        }
        for (var i = start + 1; i < end; i++)
        {
            if (ctx.InQuote(i))
            {
                continue;
            }
            if (ctx.IsWord(i, ";"))
            {
                end = i;
                break;
            }
            if (ctx.Is(i, WordShape.Comma) && i + 1 < end && Contrasts.Contains(ctx.Word(i + 1)))
            {
                end = i;
                break;
            }
            // ", and dismissed …" starts the subject's next statement; ", saying …" a participle clause of its own.
            if (ctx.Is(i, WordShape.Comma) && i + 2 < end && i > start + 2
                && (ctx.IsWord(i + 1, "and") && CueLexicon.Contains(ctx.Word(i + 2))
                    || CueLexicon.TryGet(ctx.Word(i + 1), out var cue) && cue.IsParticiple && !cue.IsWeak))
            {
                end = i;
                break;
            }
        }
        return TrimEnd(ctx, start, end);
    }

    /// <summary>Drops trailing punctuation (not a closing quotation mark) from <c>[start, end)</c>.</summary>
    public static int TrimEnd(QuoteContext ctx, int start, int end)
    {
        while (end > start + 1 && ctx.Is(end - 1, WordShape.Punct) && !ctx.Is(end - 1, WordShape.CloseMark))
        {
            end--;
        }
        return end;
    }

    /// <summary>First token of the sentence that is not a conjunction or opening punctuation.</summary>
    public static int ContentStart(QuoteContext ctx, int sentenceStart, int limit)
    {
        var i = sentenceStart;
        while (i < limit && ctx.Is(i, WordShape.Punct) && !ctx.Is(i, WordShape.OpenMark))
        {
            i++;
        }
        return i;
    }

    /// <summary>Number of word tokens (not punctuation) in <c>[start, end)</c>.</summary>
    public static int Words(QuoteContext ctx, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (!ctx.Is(i, WordShape.Punct))
            {
                n++;
            }
        }
        return n;
    }
}
