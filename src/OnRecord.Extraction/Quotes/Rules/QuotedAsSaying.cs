using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>
/// "The minister was quoted by a news agency as saying that …": the one quoted speaks, the content follows
/// "as saying", and the cue is the whole passive phrase. Neither the cue words nor the model place the content
/// right by themselves: "quoted" takes the sentence as its content and the subject as part of it.
/// </summary>
internal static class QuotedAsSaying
{
    private const float Confidence = 0.85f;
    private static readonly WordSet Auxiliaries = WordSet.Of("was were is are been being be");
    private static readonly WordSet Perfect = WordSet.Of("has have had");

    /// <summary>Every "quoted … as saying" attribution not yet used (rules mode).</summary>
    public static void Find(QuoteContext ctx, bool[] usedAnchors, List<Attribution> output)
    {
        for (var c = 0; c < ctx.Count; c++)
        {
            if (!usedAnchors[c] && ctx.IsWord(c, "quoted") && Read(ctx, c) is { } a)
            {
                usedAnchors[c] = true;
                usedAnchors[a.Anchor] = true;
                output.Add(a);
            }
        }
    }

    /// <summary>The attribution when token <paramref name="c"/> is "quoted" or the "saying" of "quoted … as saying".</summary>
    public static Attribution? Read(QuoteContext ctx, int c)
    {
        if (ctx.IsWord(c, "saying") && ctx.IsWord(c - 1, "as"))
        {
            var sentenceStart = ctx.Sentences[ctx.SentenceOf[c]].Start;
            for (var k = c - 2; k >= sentenceStart && c - k <= 10; k--)
            {
                if (ctx.IsWord(k, "quoted"))
                {
                    return Read(ctx, k);
                }
            }
            return null;
        }
        if (!ctx.IsWord(c, "quoted") || ctx.InQuote(c))
        {
            return null;
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[c]];
        var saying = -1;
        for (var k = c + 1; k + 1 < sentence.End && k - c <= 10 && !ctx.InQuote(k); k++)
        {
            if (ctx.IsWord(k, "as") && ctx.IsWord(k + 1, "saying"))
            {
                saying = k + 1;
                break;
            }
        }
        if (saying < 0)
        {
            return null;
        }
        var cueStart = c;
        if (cueStart - 1 > sentence.Start && Auxiliaries.Contains(ctx.Word(cueStart - 1)))
        {
            cueStart--;
            if (cueStart - 1 > sentence.Start && Perfect.Contains(ctx.Word(cueStart - 1)))
            {
                cueStart--;
            }
        }
        var subject = SubjectFinder.Before(ctx, cueStart, sentence.Start);
        var contentStart = saying + 1;
        if (ctx.Is(contentStart, WordShape.Punct) && !ctx.Is(contentStart, WordShape.OpenMark))
        {
            contentStart++;
        }
        var end = ClauseBounds.ContentEnd(ctx, contentStart, sentence.End);
        if (subject < 0 || ClauseBounds.Words(ctx, contentStart, end) < 2)
        {
            return null;
        }
        return AttributionFactory.Create(ctx, saying, contentStart, end, subject, Confidence, cueStart);
    }
}
