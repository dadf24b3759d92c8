using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// The cue as written around its head word: auxiliaries and adverbs before it ("has also said"),
/// and the particle that completes it ("according to", "pointed out").
/// </summary>
internal static class CuePhrase
{
    public static (int Start, int End) Expand(QuoteContext ctx, int anchor, int lower, int upper)
    {
        var start = anchor;
        while (start - 1 >= lower && start - 1 >= 0 && anchor - start < 3 && GrammarWords.CueModifiers.Contains(ctx.Word(start - 1))
            && ctx.SentenceOf[start - 1] == ctx.SentenceOf[anchor])
        {
            start--;
        }
        var end = anchor + 1;
        if (end < upper && end < ctx.Count && (ctx.IsWord(anchor, "according") && ctx.IsWord(end, "to")
            || ctx.IsWord(end, "out") && (ctx.IsWord(anchor, "pointed") || ctx.IsWord(anchor, "points") || ctx.IsWord(anchor, "pointing"))))
        {
            end++;
        }
        return (start, end);
    }
}
