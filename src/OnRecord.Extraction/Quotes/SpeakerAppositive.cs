using OnRecord.Core.Documents;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// "The plant will close, said Klaus Weber, the plant manager.": what follows an inverted speaker to the end of
/// the sentence is who the speaker is ("the plant manager", "who chairs the board"), not a second piece of what
/// was said. The model (which learned that PolNeAR keeps both pieces of "A, said X, B") and the rules may read such a
/// description as B; a content wrapping its cue then ends before the cue instead.
/// </summary>
internal static class SpeakerAppositive
{
    public static bool EndsAfterDescription(QuoteContext ctx, in Attribution a)
    {
        if (!a.HasSpeaker || a.ContentStart >= a.CueStart || a.ContentEnd <= a.CueEnd || a.SpeakerStart < a.CueEnd
            || a.SpeakerEnd >= a.ContentEnd || !ctx.Is(a.SpeakerEnd, WordShape.Comma) || ctx.InQuote(a.ContentEnd - 1))
        {
            return false;
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[a.Anchor]];
        if (ClauseAfter(ctx, a.ContentEnd, sentence.End))
        {
            return false;
        }
        var first = a.SpeakerEnd + 1;
        if (ctx.IsWord(first, "who"))
        {
            return true;
        }
        for (var i = first; i < a.ContentEnd; i++)
        {
            if (ctx.InQuote(i) || ctx.Is(i, WordShape.Punct) && !ctx.IsWord(i, "'s") || ctx.HasTags && ctx.Pos(i) is UniversalPos.VERB or UniversalPos.AUX)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether words other than final punctuation follow the content in its sentence.</summary>
    private static bool ClauseAfter(QuoteContext ctx, int end, int sentenceEnd)
    {
        for (var i = end; i < sentenceEnd; i++)
        {
            if (!ctx.Is(i, WordShape.Punct) || ctx.Is(i, WordShape.OpenMark))
            {
                return true;
            }
        }
        return false;
    }
}
