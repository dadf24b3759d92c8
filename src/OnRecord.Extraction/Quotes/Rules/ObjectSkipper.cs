using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>Steps over what may stand between a cue and its content: the hearer ("told reporters"), a setting ("in a statement", "on Tuesday") and a colon or comma.</summary>
internal static class ObjectSkipper
{
    private static readonly WordSet Hearers = WordSet.Of("tell told tells telling assured reassured informed warned urged reminded advised promised asked");
    private static readonly WordSet SettingPrepositions = WordSet.Of("in on at during late early last this earlier later monday tuesday wednesday thursday friday saturday sunday yesterday today");

    public static int Skip(QuoteContext ctx, int anchor, int from, int end)
    {
        var i = from;
        if (i < end && Hearers.Contains(ctx.Word(anchor)) && !ctx.IsWord(i, "that"))
        {
            i = SkipNounPhrase(ctx, i, end);
        }
        // A short setting or hearer before "that" or a colon: "said in a statement that", "said Friday:", "warned voters that".
        for (var k = i; k < end && k - i <= 8; k++)
        {
            if (ctx.IsWord(k, "that") || ctx.Is(k, WordShape.Colon) || ctx.Is(k, WordShape.Comma) && k + 1 < end && ctx.Is(k + 1, WordShape.OpenMark))
            {
                if (k > i && CanSeparate(ctx, anchor, i, k))
                {
                    i = k;
                }
                break;
            }
            if (ctx.Is(k, WordShape.Punct) || ctx.InQuote(k) || CueLexicon.Contains(ctx.Word(k)) && !ctx.Is(k, WordShape.Capitalized))
            {
                break;
            }
        }
        while (i < end && (ctx.Is(i, WordShape.Colon) || ctx.Is(i, WordShape.Comma) || ctx.Is(i, WordShape.Dash)))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// Whether <c>[start, end)</c> is a setting or hearer that may separate a cue from its content: a time,
    /// a place or medium ("in a statement", "via email", "at a rally in Michigan"), or who was told.
    /// </summary>
    public static bool IsSetting(QuoteContext ctx, int start, int end)
    {
        if (end <= start)
        {
            return true;
        }
        if (end - start > 8)
        {
            return false;
        }
        var first = ctx.Word(start);
        return SettingPrepositions.Contains(first) || first.Equals("via", StringComparison.OrdinalIgnoreCase)
            || first.Equals("to", StringComparison.OrdinalIgnoreCase) || first.Equals("after", StringComparison.OrdinalIgnoreCase)
            || first.Equals("through", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <c>[start, end)</c>, after the cue <paramref name="anchor"/>, can only be circumstance, not what
    /// was said: a short time or place phrase ending the sentence ("…, she told the BBC on Thursday."), or
    /// words inside the hearer ("told [the RT America audience]").
    /// </summary>
    public static bool IsOnlyCircumstance(QuoteContext ctx, int anchor, int cueEnd, int start, int end)
    {
        if (start <= anchor)
        {
            return false;
        }
        var sentenceEnd = ctx.Sentences[ctx.SentenceOf[anchor]].End;
        var tail = end;
        while (tail < sentenceEnd && ctx.Is(tail, WordShape.Punct) && !ctx.Is(tail, WordShape.OpenMark))
        {
            tail++;
        }
        if (tail >= sentenceEnd && end - start <= 5 && (SettingPrepositions.Contains(ctx.Word(start)) || ctx.IsWord(start, "via")))
        {
            return true;
        }
        return Hearers.Contains(ctx.Word(anchor)) && !ctx.IsWord(start, "that") && end <= Skip(ctx, anchor, cueEnd, sentenceEnd) && start >= cueEnd;
    }

    /// <summary>Whether <c>[start, end)</c> may stand between the cue <paramref name="anchor"/> and its content.</summary>
    public static bool CanSeparate(QuoteContext ctx, int anchor, int start, int end) =>
        IsSetting(ctx, start, end) || Hearers.Contains(ctx.Word(anchor)) && IsHearer(ctx, start, end);

    /// <summary>Who was told: "told reporters", "warned voters", "told the BBC".</summary>
    private static bool IsHearer(QuoteContext ctx, int start, int end) =>
        end - start <= 5 && (ctx.Is(start, WordShape.Capitalized) || ctx.Is(start, WordShape.Pronoun)
            || GrammarWords.Determiners.Contains(ctx.Word(start)) || ctx.Is(start, WordShape.Lower) && end - start <= 2);

    private static int SkipNounPhrase(QuoteContext ctx, int i, int end)
    {
        if (ctx.Is(i, WordShape.Pronoun) && GrammarWords.ObjectPronouns.Contains(ctx.Word(i)) || ctx.IsWord(i, "reporters") || ctx.IsWord(i, "journalists"))
        {
            return i + 1;
        }
        if (SpeakerPhrase.IsNamePart(ctx, i))
        {
            while (i < end && SpeakerPhrase.IsNamePart(ctx, i))
            {
                i++;
            }
            return i;
        }
        if (GrammarWords.Determiners.Contains(ctx.Word(i)) && !ctx.IsWord(i, "that"))
        {
            var k = i + 1;
            while (k < end && k - i <= 4 && !ctx.Is(k, WordShape.Punct) && !ctx.IsWord(k, "that") && !GrammarWords.PhraseBreakers.Contains(ctx.Word(k)))
            {
                k++;
            }
            return k;
        }
        return i;
    }
}
