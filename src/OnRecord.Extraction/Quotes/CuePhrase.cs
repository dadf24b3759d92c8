using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// The cue as written around its head word: auxiliaries and adverbs before it ("has also said"),
/// and the particle that completes it ("according to", "pointed out").
/// </summary>
internal static class CuePhrase
{
    private static readonly WordSet Publishing = WordSet.Of("released issued published put posted filed circulated releases issues publishes posts");

    public static (int Start, int End) Expand(QuoteContext ctx, int anchor, int lower, int upper)
    {
        var start = anchor;
        while (start - 1 >= lower && start - 1 >= 0 && anchor - start < 3 && GrammarWords.CueModifiers.Contains(ctx.Word(start - 1))
            && ctx.SentenceOf[start - 1] == ctx.SentenceOf[anchor])
        {
            start--;
        }
        var end = anchor + 1;
        // "released a report saying": the document and its participle belong to the cue.
        if (Publishing.Contains(ctx.Word(anchor)))
        {
            for (var k = anchor + 1; k < upper && k < ctx.Count && k - anchor <= 5; k++)
            {
                if (ctx.Is(k, WordShape.Punct) && !ctx.Is(k, WordShape.Comma))
                {
                    break;
                }
                if (CueLexicon.TryGet(ctx.Word(k), out var cue) && cue.IsParticiple)
                {
                    end = k + 1;
                    break;
                }
            }
        }
        if (end < upper && end < ctx.Count && (ctx.IsWord(anchor, "according") && ctx.IsWord(end, "to")
            || ctx.IsWord(end, "out") && (ctx.IsWord(anchor, "pointed") || ctx.IsWord(anchor, "points") || ctx.IsWord(anchor, "pointing"))))
        {
            end++;
        }
        return (start, end);
    }
}
