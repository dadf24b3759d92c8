using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Wire news' descriptions of a speaker it does not name: "a spokeswoman for the port authority", "a lawyer for
/// the family", "a source familiar with the matter", "two people familiar with the talks". The one who speaks is
/// the person before "for" or "familiar with", not the organisation or matter after it, so the phrase grows to
/// cover the whole description and its head moves to that person.
/// </summary>
internal static class SpeakerDescriptions
{
    private static readonly WordSet Representatives = WordSet.Of(
        "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives " +
        "lawyer lawyers attorney attorneys official officials source sources adviser advisers advisor advisors aide aides");

    private static readonly WordSet Informed = WordSet.Of("source sources person people official officials");

    public static (int Head, int Start, int End) Widen(QuoteContext ctx, int head, int start, int end, int lower, int upper)
    {
        var sentence = ctx.Sentences[ctx.SentenceOf[head]];
        lower = Math.Max(lower, sentence.Start);
        upper = Math.Min(upper, sentence.End);
        // "a spokeswoman for [the European Commission]" and "people familiar with [the matter]", head chosen after the preposition.
        var person = -1;
        if (start - 2 >= lower && ctx.IsWord(start - 1, "for") && Representatives.Contains(ctx.Word(start - 2)))
        {
            person = start - 2;
        }
        else if (start - 3 >= lower && ctx.IsWord(start - 1, "with") && ctx.IsWord(start - 2, "familiar") && Informed.Contains(ctx.Word(start - 3)))
        {
            person = start - 3;
        }
        if (person >= 0)
        {
            // The described matter may be a word the lexicon also knows as a cue ("familiar with the plan").
            if (upper - end is > 0 and <= 2 && AllLower(ctx, end, upper))
            {
                end = upper;
            }
            return (person, DescriptionStart(ctx, person, lower), end);
        }
        // "[a source] familiar with the matter": the description continues after the head to the clause's end.
        if (end - 1 > start && ctx.IsWord(end - 1, "familiar") && Informed.Contains(ctx.Word(end - 2)) && end + 1 < upper && ctx.IsWord(end, "with"))
        {
            return (end - 2, start, NounPhraseEnd(ctx, end + 1, upper, end));
        }
        if (Informed.Contains(ctx.Word(head)) && end == head + 1 && end + 2 < upper && ctx.IsWord(end, "familiar") && ctx.IsWord(end + 1, "with"))
        {
            return (head, start, NounPhraseEnd(ctx, end + 2, upper, end));
        }
        if (Representatives.Contains(ctx.Word(head)) && end == head + 1 && end + 1 < upper && ctx.IsWord(end, "for"))
        {
            return (head, start, NounPhraseEnd(ctx, end + 1, upper, end));
        }
        return (head, start, end);
    }

    /// <summary>
    /// Whether tokens <c>[start, end)</c> are a piece of "people familiar with the matter", which describes who
    /// speaks and is never what was said.
    /// </summary>
    public static bool IsPartOfDescription(QuoteContext ctx, int start, int end) =>
        start >= 2 && ctx.IsWord(start - 1, "with") && ctx.IsWord(start - 2, "familiar")
        || ctx.IsWord(end, "familiar") && ctx.IsWord(end + 1, "with") && Informed.Contains(ctx.Word(end - 1));

    private static bool AllLower(QuoteContext ctx, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!ctx.Is(i, WordShape.Lower) || ctx.InQuote(i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Back from the person's noun over numbers and adjectives to a determiner: "two people", "a senior official".</summary>
    private static int DescriptionStart(QuoteContext ctx, int person, int lower)
    {
        var s = person;
        while (s - 1 >= lower && person - s < 3)
        {
            var w = ctx.Word(s - 1);
            if (GrammarWords.Determiners.Contains(w))
            {
                return s - 1;
            }
            if (!(ctx.Is(s - 1, WordShape.Lower) || ctx.Is(s - 1, WordShape.Digit)) || CueLexicon.Contains(w) || GrammarWords.PhraseBreakers.Contains(w))
            {
                break;
            }
            s--;
        }
        return s;
    }

    /// <summary>The end of the noun phrase from <paramref name="from"/>: up to a comma, a cue word or the sentence end.</summary>
    private static int NounPhraseEnd(QuoteContext ctx, int from, int upper, int fallback)
    {
        var e = from;
        // A cue word after a determiner is a noun here ("familiar with the plan").
        while (e < upper && e - from < 8 && !ctx.Is(e, WordShape.Punct) && !ctx.InQuote(e)
            && !(CueLexicon.Contains(ctx.Word(e)) && !(e > from && GrammarWords.Determiners.Contains(ctx.Word(e - 1)))))
        {
            e++;
        }
        return e > from ? e : fallback;
    }
}
