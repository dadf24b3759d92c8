using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Grows a speaker's head token into the phrase that names it: a pronoun stays alone; a name takes its
/// capitalised neighbours, honorific and a role written before it ("Kremlin spokesman Dmitry Peskov");
/// a common noun takes its modifiers back to the determiner ("a 2019 report by …" keeps its "by" phrase).
/// The phrase never crosses <paramref name="lower"/> or <paramref name="upper"/> (content, cue).
/// </summary>
internal static class SpeakerPhrase
{
    private const int MaxLeft = 6;
    private const int MaxRight = 8;

    public static (int Start, int End) Expand(QuoteContext ctx, int head, int lower, int upper)
    {
        if (ctx.Is(head, WordShape.Pronoun))
        {
            return (head, head + 1);
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[head]];
        lower = Math.Max(lower, sentence.Start);
        upper = Math.Min(upper, sentence.End);
        // A determiner or modifier chosen as head stands for the noun it opens: "the" of "the statistics office".
        // A tagged lower-case verb ends the phrase: "the ministry cancelled the visit" is a subject and its verb, not one noun phrase.
        while (head + 1 < upper && !IsNamePart(ctx, head) && IsNounPhraseWord(ctx, head + 1) && !IsTaggedVerb(ctx, head + 1) && head - lower < 64)
        {
            if (!GrammarWords.Determiners.Contains(ctx.Word(head)) && !ctx.Is(head, WordShape.Lower | WordShape.Digit))
            {
                break;
            }
            head++;
        }
        var start = head;
        var end = head + 1;
        if (IsNamePart(ctx, head))
        {
            while (end < upper && (IsNamePart(ctx, end) || IsNameJoiner(ctx, end, start)) && end - head < MaxRight)
            {
                end++;
            }
            while (start - 1 >= lower && head - start < MaxLeft + 4)
            {
                if (IsNamePart(ctx, start - 1))
                {
                    start--;
                }
                else if (start - 2 >= lower && IsNameJoiner(ctx, start - 1, start - 2) && (IsNamePart(ctx, start - 2) || ctx.IsWord(start - 2, "of")))
                {
                    start--;
                }
                else
                {
                    break;
                }
            }
        }
        // Modifiers before the head: a role ("Kremlin spokesman"), adjectives, a year, a possessive, back to a determiner.
        var steps = 0;
        while (start - 1 >= lower && steps < MaxLeft)
        {
            var w = ctx.Word(start - 1);
            if (GrammarWords.Determiners.Contains(w))
            {
                start--;
                break;
            }
            if (ctx.Is(start - 1, WordShape.Punct) && !w.SequenceEqual("'s") || GrammarWords.PhraseBreakers.Contains(w) || CueLexicon.Contains(w)
                || ctx.Is(start - 1, WordShape.Pronoun) || ctx.InQuote(start - 1) != ctx.InQuote(head))
            {
                break;
            }
            start--;
            steps++;
        }
        // "a report by Robert S. Mueller": a name after "by" belongs to the document that speaks.
        if (start - 2 >= lower && ctx.IsWord(start - 1, "by") && IsNamePart(ctx, head))
        {
            var k = start - 2;
            var steps2 = 0;
            while (k >= lower && steps2 < 4 && (ctx.Is(k, WordShape.Lower) || ctx.Is(k, WordShape.Digit)) && !GrammarWords.PhraseBreakers.Contains(ctx.Word(k)))
            {
                if (GrammarWords.Determiners.Contains(ctx.Word(k)))
                {
                    break;
                }
                k--;
                steps2++;
            }
            if (k >= lower && GrammarWords.Determiners.Contains(ctx.Word(k)) && k < start - 2 && NameWords.CommonSpeakers.Contains(ctx.Word(start - 2)))
            {
                start = k;
            }
        }
        // A "by" or "of" phrase naming who is behind a document or position: "a report by Robert S. Mueller".
        if (end + 1 < upper && (ctx.IsWord(end, "by") || ctx.IsWord(end, "of")) && !IsNamePart(ctx, head))
        {
            var probe = end + 1;
            if (probe < upper && GrammarWords.Determiners.Contains(ctx.Word(probe)))
            {
                probe++;
            }
            var nameEnd = probe;
            while (nameEnd < upper && (IsNamePart(ctx, nameEnd) || ctx.Is(nameEnd, WordShape.Lower) && RoleLike(ctx, nameEnd)) && nameEnd - end < MaxRight)
            {
                nameEnd++;
            }
            if (nameEnd > probe && IsNamePart(ctx, nameEnd - 1))
            {
                end = nameEnd;
            }
        }
        return (start, end);
    }

    /// <summary>A capitalised word, initial or honorific that can belong to a name ("Robert", "S.", "Mr").</summary>
    public static bool IsNamePart(QuoteContext ctx, int i) =>
        (uint)i < (uint)ctx.Count
        && (ctx.Is(i, WordShape.Capitalized) || ctx.Is(i, WordShape.Honorific))
        && !ctx.Is(i, WordShape.Pronoun | WordShape.Punct | WordShape.OpenMark | WordShape.CloseMark)
        && !(ctx.Is(i, WordShape.SentenceStart) && NameWords.NotNames.Contains(ctx.Word(i)));

    /// <summary>
    /// A lower-case word inside a name, between name words: "de" of "Charles de Gaulle", "of" and "the" of
    /// "Office of the Director of National Intelligence" (after an organisation word).
    /// </summary>
    public static bool IsNameJoiner(QuoteContext ctx, int i, int start)
    {
        if (i <= start || i + 1 >= ctx.Count)
        {
            return false;
        }
        if (ctx.IsWord(i, "de") || ctx.IsWord(i, "van") || ctx.IsWord(i, "von") || ctx.IsWord(i, "bin") || ctx.IsWord(i, "al"))
        {
            return IsNamePart(ctx, i + 1);
        }
        if (ctx.IsWord(i, "of"))
        {
            var next = ctx.IsWord(i + 1, "the") ? i + 2 : i + 1;
            return next < ctx.Count && IsNamePart(ctx, next) && (NameWords.OrganisationHeads.Contains(ctx.Word(i - 1)) || NameWords.RoleNouns.Contains(ctx.Word(i - 1)));
        }
        return ctx.IsWord(i, "the") && ctx.IsWord(i - 1, "of") && IsNamePart(ctx, i + 1);
    }

    private static bool IsNounPhraseWord(QuoteContext ctx, int i) =>
        (ctx.Is(i, WordShape.Lower) || ctx.Is(i, WordShape.Capitalized) || ctx.Is(i, WordShape.Digit)) && !ctx.Is(i, WordShape.Pronoun)
        && !GrammarWords.PhraseBreakers.Contains(ctx.Word(i)) && !CueLexicon.Contains(ctx.Word(i)) && !GrammarWords.CueModifiers.Contains(ctx.Word(i));

    /// <summary>A lower-case word tagged as a verb; a capitalised one is part of a name ("the United Nations").</summary>
    private static bool IsTaggedVerb(QuoteContext ctx, int i) => ctx.Is(i, WordShape.Lower) && ctx.Pos(i) is UniversalPos.VERB or UniversalPos.AUX;

    private static bool RoleLike(QuoteContext ctx, int i) => NameWords.RoleNouns.Contains(ctx.Word(i));
}
