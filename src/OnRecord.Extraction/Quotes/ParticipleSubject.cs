using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// "The ministry cancelled the visit, citing security risks": a participle cue after a comma hangs off the
/// main clause, so the main clause's subject speaks, never the object that happens to stand nearest the cue.
/// </summary>
internal static class ParticipleSubject
{
    /// <summary>The head of the main clause's subject for the participle cue <paramref name="c"/>, or -1 when the cue is no such participle or the parse names none.</summary>
    public static int Find(QuoteContext ctx, int c, int cueStart)
    {
        if (!ctx.HasParse || cueStart < 1 || !ctx.Is(cueStart - 1, WordShape.Comma) || !IsParticiple(ctx, c))
        {
            return -1;
        }
        // The parser sometimes hangs the participle on the comma or a noun before it: climb to the verb it belongs to.
        var verb = ctx.Head(c);
        for (var steps = 0; verb >= 0 && ctx.Pos(verb) != UniversalPos.VERB && steps < 3; steps++)
        {
            verb = ctx.Head(verb);
        }
        if (verb < 0 || verb >= cueStart || ctx.Pos(verb) != UniversalPos.VERB)
        {
            return -1;
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[c]];
        for (var k = Math.Max(sentence.Start, verb - 40); k < verb; k++)
        {
            if (ctx.Head(k) == verb && ctx.Dep(k) is "nsubj" && !ctx.InQuote(k))
            {
                return k;
            }
        }
        return -1;
    }

    private static bool IsParticiple(QuoteContext ctx, int c) =>
        CueLexicon.TryGet(ctx.Word(c), out var cue) ? cue.IsParticiple : ctx.Pos(c) == UniversalPos.VERB && ctx.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>The speaker to keep: the main clause's subject when the decoded one is missing or stands after the main verb.</summary>
    public static int Correct(QuoteContext ctx, int c, int cueStart, int speaker)
    {
        var subject = Find(ctx, c, cueStart);
        if (subject < 0 || speaker == subject)
        {
            return speaker;
        }
        return speaker < 0 || speaker > ctx.Head(c) && speaker < cueStart ? subject : speaker;
    }
}
