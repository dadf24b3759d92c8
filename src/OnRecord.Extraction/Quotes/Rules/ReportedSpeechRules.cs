using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>
/// Reported (indirect) speech around a cue word: "X said (that) …", "…, X said.", "…, said X.",
/// "Russia, he said, did not …", "according to X, …", "a report saying …". Quoted fragments inside the
/// content make the quotation mixed; the kind is decided later from the marks.
/// </summary>
internal static class ReportedSpeechRules
{
    private static readonly WordSet ClauseOpeners = WordSet.Of("whether if what why how who when where");
    private static readonly WordSet Relatives = WordSet.Of("that which who");

    public static void Find(QuoteContext ctx, bool[] usedAnchors, List<Attribution> output)
    {
        // Rules report the outermost attribution only: a cue inside content already found is part of what was said.
        var inContent = new bool[ctx.Count];
        foreach (var a in output)
        {
            inContent.AsSpan(a.ContentStart, a.ContentEnd - a.ContentStart).Fill(true);
        }
        for (var c = 0; c < ctx.Count; c++)
        {
            if (usedAnchors[c] || inContent[c] || ctx.InQuote(c) || !CueLexicon.TryGet(ctx.Word(c), out var cue) || cue.IsWeak && !CallsItQuoted(ctx, c, cue)
                || ctx.Is(c, WordShape.Capitalized) && !ctx.Is(c, WordShape.SentenceStart) || IsSoCalled(ctx, c))
            {
                continue;
            }
            var sentence = ctx.Sentences[ctx.SentenceOf[c]];
            Attribution? found = cue.Family == CueFamily.According
                ? According(ctx, c, sentence.Start, sentence.End)
                : Reported(ctx, c, cue.IsWeak ? cue with { Family = CueFamily.Stance } : cue, sentence.Start, sentence.End, SharedSubject(ctx, c, output));
            if (found is { } a)
            {
                usedAnchors[c] = true;
                inContent.AsSpan(a.ContentStart, a.ContentEnd - a.ContentStart).Fill(true);
                output.Add(a);
            }
        }
    }

    /// <summary>
    /// "The Kremlin said … and dismissed …", "…, but warned …", "…, adding that …": a cue after a
    /// conjunction, or a participle after a comma, shares the subject of the attribution before it in the sentence.
    /// </summary>
    private static int SharedSubject(QuoteContext ctx, int c, List<Attribution> output)
    {
        var (cueStart, _) = CuePhrase.Expand(ctx, c, 0, c + 1);
        var joined = cueStart > 0 && (ctx.IsWord(cueStart - 1, "and") || ctx.IsWord(cueStart - 1, "but"))
            || cueStart > 0 && ctx.Is(cueStart - 1, WordShape.Comma) && CueLexicon.TryGet(ctx.Word(c), out var cue) && cue.IsParticiple;
        if (!joined || output.Count == 0)
        {
            return -1;
        }
        var best = -1;
        var speaker = -1;
        foreach (var a in output)
        {
            if (a.HasSpeaker && a.Anchor < c && a.Anchor > best && ctx.SentenceOf[a.Anchor] == ctx.SentenceOf[c])
            {
                best = a.Anchor;
                speaker = a.SpeakerHead;
            }
        }
        return speaker;
    }

    private static Attribution? Reported(QuoteContext ctx, int c, CueWord cue, int sentStart, int sentEnd, int sharedSubject)
    {
        var (cueStart, cueEnd) = CuePhrase.Expand(ctx, c, sentStart, sentEnd);
        var subject = sharedSubject >= 0 ? sharedSubject : SubjectFinder.Before(ctx, cueStart, sentStart);
        if (subject < 0)
        {
            subject = ParticipleSubject.Find(ctx, c, cueStart);
        }
        // "state", "reports", "claims": nouns unless a pronoun, an auxiliary or a following "that" shows them to be verbs.
        if (cue.IsNounLike && sharedSubject < 0 && !ctx.IsWord(c + 1, "that") && (subject < 0 || cueStart == c && !ctx.Is(subject, WordShape.Pronoun)
            || cueStart < c && ctx.Word(cueStart).StartsWith("'")))
        {
            return null;
        }
        var relative = false;
        if (subject < 0 && cueStart - 1 >= sentStart && Relatives.Contains(ctx.Word(cueStart - 1)))
        {
            subject = SubjectFinder.Before(ctx, cueStart - 1, sentStart);
            relative = subject >= 0;
        }
        if (subject >= 0 && Parenthetical(ctx, c, subject, cueStart, cueEnd, sentStart, sentEnd) is { } aside)
        {
            return aside;
        }
        var after = ObjectSkipper.Skip(ctx, c, cueEnd, sentEnd);
        var remaining = ClauseBounds.Words(ctx, after, sentEnd);

        // "The office released a report saying …": the cue runs from the verb that put the document out, whose subject speaks.
        var cueFrom = -1;
        if (cue.IsParticiple && subject >= 0 && IsPublished(ctx, subject, sentStart) is { } publisher)
        {
            (cueFrom, subject) = publisher;
        }

        // Content after the cue: "X said (that) …" — unless all that follows is a setting ("…, she said in a statement.").
        var onlySetting = ObjectSkipper.IsSetting(ctx, after, sentEnd) && remaining <= 6 && !ctx.IsWord(after, "that")
            && ClauseBounds.Words(ctx, sentStart, cueStart) > 3;
        if (subject >= 0 && remaining >= 2 && !onlySetting && TakesContentAfter(ctx, cue, after, sentEnd, relative))
        {
            var end = ClauseBounds.ContentEnd(ctx, after, sentEnd);
            if (ClauseBounds.Words(ctx, after, end) >= 2)
            {
                return AttributionFactory.Create(ctx, c, after, end, subject, Confidence(cue, ctx.IsWord(after, "that")), cueFrom);
            }
        }
        if (cue.Family is CueFamily.Belief or CueFamily.Finding || relative)
        {
            return null;
        }

        // Content before the cue: "…, X said." / "…, said X." / parenthetical "A, X said, B".
        var speaker = subject;
        var chunkStart = cueStart;
        if (subject >= 0)
        {
            var (phraseStart, phraseEnd) = SpeakerPhrase.Expand(ctx, subject, sentStart, cueStart);
            // "…, two people familiar with the matter said": the description, not "the matter", speaks.
            (speaker, chunkStart, _) = SpeakerDescriptions.Widen(ctx, subject, phraseStart, phraseEnd, sentStart, cueStart);
        }
        if (subject < 0)
        {
            speaker = SubjectFinder.After(ctx, cueEnd, sentEnd);
            if (speaker < 0)
            {
                return null;
            }
        }
        var chunkEnd = speaker > c ? SpeakerPhrase.Expand(ctx, speaker, cueEnd, sentEnd).End : cueEnd;
        var tail = SkipSetting(ctx, chunkEnd, sentEnd);
        var beforeChunk = chunkStart - 1;
        if (beforeChunk <= sentStart || !(ctx.Is(beforeChunk, WordShape.Comma) || ctx.Is(beforeChunk, WordShape.CloseMark) || ctx.Is(beforeChunk, WordShape.Dash)))
        {
            return null;
        }
        var start = ClauseBounds.ContentStart(ctx, sentStart, beforeChunk);
        if (ClauseBounds.Words(ctx, start, beforeChunk) < 2)
        {
            return null;
        }
        if (tail >= sentEnd || ctx.Is(tail, WordShape.SentenceFinal) && ClauseBounds.Words(ctx, tail, sentEnd) == 0)
        {
            var end = ctx.Is(beforeChunk, WordShape.CloseMark) ? chunkStart : beforeChunk;
            return AttributionFactory.Create(ctx, c, start, ClauseBounds.TrimEnd(ctx, start, end), speaker, 0.8f);
        }
        if (ctx.Is(tail, WordShape.Comma) && ClauseBounds.Words(ctx, tail + 1, sentEnd) >= 2)
        {
            // "Russia, he said, did not care …": one content interrupted by the attribution.
            var end = ClauseBounds.ContentEnd(ctx, tail + 1, sentEnd);
            var interrupted = AttributionFactory.Create(ctx, c, start, end, speaker, 0.75f);
            return SpeakerAppositive.EndsAfterDescription(ctx, interrupted)
                ? AttributionFactory.Create(ctx, c, start, ClauseBounds.TrimEnd(ctx, start, beforeChunk), speaker, 0.8f)
                : interrupted;
        }
        return null;
    }

    private static Attribution? According(QuoteContext ctx, int c, int sentStart, int sentEnd)
    {
        if (!ctx.IsWord(c + 1, "to"))
        {
            return null;
        }
        var speaker = SubjectFinder.After(ctx, c + 2, sentEnd);
        if (speaker < 0)
        {
            return null;
        }
        var phraseEnd = SpeakerPhrase.Expand(ctx, speaker, c + 2, sentEnd).End;
        var clauseStart = ClauseBounds.ContentStart(ctx, sentStart, c);
        if (clauseStart == c && ctx.Is(phraseEnd, WordShape.Comma))
        {
            var start = phraseEnd + 1;
            var end = ClauseBounds.ContentEnd(ctx, start, sentEnd);
            return ClauseBounds.Words(ctx, start, end) >= 2 ? AttributionFactory.Create(ctx, c, start, end, speaker, 0.85f) : null;
        }
        if (c - 1 > clauseStart && ctx.Is(c - 1, WordShape.Comma) && SkipSetting(ctx, phraseEnd, sentEnd) is var tail
            && (tail >= sentEnd || ctx.Is(tail, WordShape.SentenceFinal)))
        {
            var end = ClauseBounds.TrimEnd(ctx, clauseStart, c - 1);
            return ClauseBounds.Words(ctx, clauseStart, end) >= 2 ? AttributionFactory.Create(ctx, c, clauseStart, end, speaker, 0.85f) : null;
        }
        return null;
    }

    private static readonly WordSet Documents = WordSet.Of("report statement letter memo study assessment document release paper analysis");
    private static readonly WordSet Publishing = WordSet.Of("released issued published sent put posted filed circulated releases issues publishes sends posts");

    /// <summary>For "X released a report saying", the verb "released" and X's head, when <paramref name="document"/> is such a document.</summary>
    private static (int Verb, int Subject)? IsPublished(QuoteContext ctx, int document, int sentStart)
    {
        if (!Documents.Contains(ctx.Word(document)))
        {
            return null;
        }
        var k = document - 1;
        while (k > sentStart && document - k <= 4 && !Publishing.Contains(ctx.Word(k)) && !ctx.Is(k, WordShape.Punct))
        {
            k--;
        }
        if (k <= sentStart || !Publishing.Contains(ctx.Word(k)))
        {
            return null;
        }
        var (verbStart, _) = CuePhrase.Expand(ctx, k, sentStart, k + 1);
        var subject = SubjectFinder.Before(ctx, verbStart, sentStart);
        return subject >= 0 ? (k, subject) : null;
    }

    /// <summary>
    /// "Russia, he said, did not care …": the attribution splits one clause. Only when what follows the
    /// second comma cannot stand alone (it starts with a verb-like word) is the part before it the clause's
    /// subject; "On the contrary, he said, they …" reports just the clause after.
    /// </summary>
    private static Attribution? Parenthetical(QuoteContext ctx, int c, int subject, int cueStart, int cueEnd, int sentStart, int sentEnd)
    {
        var chunkStart = SpeakerPhrase.Expand(ctx, subject, sentStart, cueStart).Start;
        if (chunkStart - 1 <= sentStart || !ctx.Is(chunkStart - 1, WordShape.Comma) || cueEnd >= sentEnd || !ctx.Is(cueEnd, WordShape.Comma))
        {
            return null;
        }
        var next = cueEnd + 1;
        if (next >= sentEnd || !ctx.Is(next, WordShape.Lower) || ctx.Is(next, WordShape.Pronoun) || GrammarWords.Determiners.Contains(ctx.Word(next)))
        {
            return null;
        }
        var start = ClauseBounds.ContentStart(ctx, sentStart, chunkStart);
        var end = ClauseBounds.ContentEnd(ctx, next, sentEnd);
        return ClauseBounds.Words(ctx, next, end) >= 2 ? AttributionFactory.Create(ctx, c, start, end, subject, 0.8f) : null;
    }

    /// <summary>Whether the words at <paramref name="after"/> can be what the cue reports.</summary>
    private static bool TakesContentAfter(QuoteContext ctx, CueWord cue, int after, int sentEnd, bool relative)
    {
        if (ctx.Is(after, WordShape.SentenceFinal) || after >= sentEnd)
        {
            return false;
        }
        var startsClause = ctx.IsWord(after, "that") || ctx.Is(after - 1, WordShape.Colon) || ctx.Is(after, WordShape.OpenMark);
        var clauseLike = ctx.Is(after, WordShape.Capitalized) || ctx.Is(after, WordShape.Pronoun) || ctx.Is(after, WordShape.Digit)
            || GrammarWords.Determiners.Contains(ctx.Word(after));
        return cue.Family switch
        {
            CueFamily.Question => startsClause || ClauseOpeners.Contains(ctx.Word(after)),
            CueFamily.Belief or CueFamily.Finding => startsClause || clauseLike && (relative || !cue.IsParticiple),
            _ => true,
        };
    }

    /// <summary>Steps over a short setting after the cue ("in a statement", "on Tuesday", "told reporters").</summary>
    private static int SkipSetting(QuoteContext ctx, int i, int sentEnd)
    {
        var start = i;
        while (i < sentEnd && !ctx.Is(i, WordShape.Punct) && i - start < 8)
        {
            i++;
        }
        return i;
    }

    /// <summary>"Clinton called his supporters “deplorables”": the verb "call" reports when its object is named in quotation marks.</summary>
    private static bool CallsItQuoted(QuoteContext ctx, int c, CueWord cue)
    {
        // ", calling the ruling “unfair”": a participle after a comma names something for the main clause's subject.
        if ((cue.IsParticiple ? cue.Lemma is not ("call" or "describe") || !ctx.Is(c - 1, WordShape.Comma) : cue.Lemma != "call") || ctx.IsWord(c + 1, "for") || ctx.IsWord(c + 1, "on") || ctx.IsWord(c + 1, "off"))
        {
            return false;
        }
        var sentenceEnd = ctx.Sentences[ctx.SentenceOf[c]].End;
        for (var k = c + 1; k < sentenceEnd && k - c <= 8; k++)
        {
            if (ctx.Is(k, WordShape.OpenMark))
            {
                return true;
            }
            if (ctx.Is(k, WordShape.Punct))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsSoCalled(QuoteContext ctx, int c) =>
        ctx.IsWord(c - 1, "so") || ctx.IsWord(c - 1, "-") && ctx.IsWord(c - 2, "so");

    private static float Confidence(CueWord cue, bool hasThat) => cue.Family switch
    {
        CueFamily.Speech or CueFamily.Writing => hasThat ? 0.9f : 0.85f,
        CueFamily.Stance => 0.75f,
        _ => 0.85f,
    };
}
