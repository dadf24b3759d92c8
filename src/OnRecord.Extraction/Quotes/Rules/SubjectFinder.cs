using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>
/// Finds who a cue belongs to by surface position: the subject just before it (stepping over an aside
/// set off by commas: "Mr Peskov, who has been … since 2008, said"), or the speaker just after it
/// ("said Mr Peskov", "according to officials").
/// </summary>
internal static class SubjectFinder
{
    /// <summary>Longest aside skipped between a subject and its verb.</summary>
    private const int MaxAside = 30;

    private static readonly WordSet TimeWords = WordSet.Of(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
        "september october november december jan jan. feb feb. aug aug. sept sept. sep oct oct. nov nov. dec dec. " +
        "week month year morning afternoon evening night day weekend today yesterday tonight");
    private static readonly WordSet SubjectPronouns = WordSet.Of("he she they we i");
    private static readonly WordSet TimeOpeners = WordSet.Of("on in at last this earlier late early during");

    /// <summary>The head token of the subject ending right before <paramref name="cueStart"/>, or -1.</summary>
    public static int Before(QuoteContext ctx, int cueStart, int lower)
    {
        var i = SkipTime(ctx, cueStart - 1, lower);
        if (i < lower)
        {
            return -1;
        }
        if (ctx.Is(i, WordShape.Comma) || ctx.IsWord(i, ")"))
        {
            var open = ctx.IsWord(i, ")") ? "(" : ",";
            var k = i - 1;
            // Inside a parenthesis a full stop belongs to an abbreviation ("(D-Ore.)"); after a comma it ends the search.
            var stops = open == "(" ? WordShape.OpenMark | WordShape.CloseMark : WordShape.SentenceFinal | WordShape.OpenMark | WordShape.CloseMark;
            while (k > lower && i - k < MaxAside && !ctx.IsWord(k, open) && !ctx.Is(k, stops))
            {
                k--;
            }
            if (k <= lower || !ctx.IsWord(k, open) || i - k < 2)
            {
                return -1;
            }
            // "Its president, Karin Vogt, said": an aside that is a name is the speaker itself.
            if (open == "," && AllNameParts(ctx, k + 1, i))
            {
                return i - 1;
            }
            i = k - 1;
        }
        return IsSubjectHead(ctx, i) ? i : -1;
    }

    /// <summary>The head of the speaker right after <paramref name="cueEnd"/> ("said Caddell", "said the spokesman"), or -1.</summary>
    public static int After(QuoteContext ctx, int cueEnd, int upper)
    {
        var i = cueEnd;
        if (i < upper && (ctx.IsWord(i, "the") || ctx.IsWord(i, "a") || ctx.IsWord(i, "an")))
        {
            i++;
        }
        if (i >= upper)
        {
            return -1;
        }
        if (ctx.Is(i, WordShape.Pronoun))
        {
            return SubjectPronouns.Contains(ctx.Word(i)) ? i : -1;
        }
        if (SpeakerPhrase.IsNamePart(ctx, i))
        {
            var end = i;
            while (end + 1 < upper && SpeakerPhrase.IsNamePart(ctx, end + 1))
            {
                end++;
            }
            return end;
        }
        // A common-noun speaker: "said the spokesman", "according to the statistics office": its last word before a break.
        var j = i;
        while (j < upper && j - i < 4 && (ctx.Is(j, WordShape.Lower) || ctx.Is(j, WordShape.Digit)) && !GrammarWords.PhraseBreakers.Contains(ctx.Word(j))
            && !CueLexicon.Contains(ctx.Word(j)) && !GrammarWords.CueModifiers.Contains(ctx.Word(j)))
        {
            j++;
        }
        return j > i && ctx.Is(j - 1, WordShape.Lower) ? j - 1 : -1;
    }

    /// <summary>Steps back over a time phrase between subject and verb: "The Kremlin on March 6 said".</summary>
    private static int SkipTime(QuoteContext ctx, int i, int lower)
    {
        var j = i;
        while (j > lower && i - j < 4 && (ctx.Is(j, WordShape.Digit) || TimeWords.Contains(ctx.Word(j))))
        {
            j--;
        }
        if (j == i)
        {
            return i;
        }
        if (TimeOpeners.Contains(ctx.Word(j)))
        {
            return j - 1;
        }
        return TimeOpeners.Contains(ctx.Word(j + 1)) ? j : i;
    }

    private static bool AllNameParts(QuoteContext ctx, int start, int end)
    {
        if (end - start is < 1 or > 5)
        {
            return false;
        }
        for (var k = start; k < end; k++)
        {
            if (!SpeakerPhrase.IsNamePart(ctx, k))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsSubjectHead(QuoteContext ctx, int i)
    {
        if (i < 0 || ctx.InQuote(i) || ctx.Is(i, WordShape.Punct | WordShape.OpenMark | WordShape.CloseMark))
        {
            return false;
        }
        var w = ctx.Word(i);
        if (ctx.Is(i, WordShape.Pronoun))
        {
            return Pronouns.Kind(w) is PronounKind.Male or PronounKind.Female or PronounKind.Plural or PronounKind.Neuter or PronounKind.Speaker
                && !(w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("them", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("us", StringComparison.OrdinalIgnoreCase) || w.Equals("me", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase));
        }
        if (SpeakerPhrase.IsNamePart(ctx, i))
        {
            return true;
        }
        return ctx.Is(i, WordShape.Lower) && !GrammarWords.PhraseBreakers.Contains(w) && !GrammarWords.Determiners.Contains(w)
            && !GrammarWords.CueModifiers.Contains(w) && !(CueLexicon.TryGet(w, out var cue) && !cue.IsNounLike)
            && !w.EndsWith("ly", StringComparison.Ordinal);
    }
}
