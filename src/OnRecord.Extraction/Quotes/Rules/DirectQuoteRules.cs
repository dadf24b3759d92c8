using OnRecord.Core.Documents;
using OnRecord.Extraction.Quotes.Lexicon;
using OnRecord.Extraction.Quotes.Marks;

namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>
/// Quotations in marks with their attribution: after (“…,” he said.), before (he said: “…”), in the
/// middle (“A,” he said, “B.” — one quotation, two fragments), continued in the next sentence of the same
/// paragraph (“A,” he said. “B.”), or announced by the previous sentence ending in a colon. A quoted
/// stretch with none of these (a scare quote, a title, a nickname) is left alone.
/// </summary>
internal static class DirectQuoteRules
{
    /// <summary>How far after a closing mark the attribution may start ("," he said / ", the Kremlin spokesman said").</summary>
    private const int AttributionWindow = 9;

    private static readonly WordSet Conjunctions = WordSet.Of("and but while because although though whereas as when after before if since or");

    public static void Find(QuoteContext ctx, bool[] usedAnchors, List<Attribution> output)
    {
        var segments = ctx.Segments;
        var consumed = new bool[segments.Length];
        for (var k = 0; k < segments.Length; k++)
        {
            var seg = segments[k];
            if (consumed[k] || !seg.IsDouble || seg.InnerEnd <= seg.InnerStart || ctx.InQuote(seg.OpenToken))
            {
                continue;
            }
            var found = After(ctx, k, usedAnchors) ?? Before(ctx, seg, usedAnchors) ?? Announced(ctx, seg, usedAnchors);
            if (found is not { } a)
            {
                continue;
            }
            consumed[k] = true;
            a.ContentEnd = ExtendWithContinuations(ctx, a, k, consumed);
            usedAnchors[a.Anchor] = true;
            output.Add(a);
        }
    }

    /// <summary>“…,” he said. / “…,” said Mr Peskov. / “A,” he said, “B.” / “…” ― Jane Doe</summary>
    private static Attribution? After(QuoteContext ctx, int k, bool[] used)
    {
        var seg = ctx.Segments[k];
        if (DashAttribution(ctx, seg) is { } signed)
        {
            return signed;
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[Math.Min(seg.CloseEnd, ctx.Count - 1)]];
        var i = seg.CloseEnd;
        while (i < ctx.Count && (ctx.Is(i, WordShape.Comma) || ctx.Is(i, WordShape.Dash)))
        {
            i++;
        }
        // “Who would have believed it?” Trump said. — a splitter may start a sentence after the question mark.
        var endsQuestion = seg.InnerEnd > seg.InnerStart && (ctx.IsWord(seg.InnerEnd - 1, "?") || ctx.IsWord(seg.InnerEnd - 1, "!"));
        if (i >= ctx.Count || ctx.InQuote(i) || ctx.ParagraphOf[i] != ctx.ParagraphOf[seg.InnerEnd - 1] || ctx.Is(i, WordShape.SentenceFinal)
            || ctx.Is(i, WordShape.SentenceStart) && !endsQuestion)
        {
            return null;
        }
        var limit = Math.Min(ctx.Count, i + AttributionWindow);
        var depth = 0;
        for (var c = i; c < limit; c++)
        {
            // A parenthesis ("Rep. Gwen Moore (D-Wis.) said") is stepped over whole.
            if (ctx.IsWord(c, "("))
            {
                depth++;
                limit = Math.Min(ctx.Count, limit + 4);
            }
            else if (ctx.IsWord(c, ")"))
            {
                depth = Math.Max(0, depth - 1);
            }
            if (depth > 0)
            {
                continue;
            }
            if (ctx.Is(c, WordShape.SentenceFinal) || ctx.Is(c, WordShape.OpenMark) || ctx.Is(c, WordShape.Colon) || Conjunctions.Contains(ctx.Word(c)))
            {
                break;
            }
            if (used[c] || !IsSpeechCue(ctx, c))
            {
                continue;
            }
            var (cueStart, cueEnd) = CuePhrase.Expand(ctx, c, i, limit);
            var speaker = cueStart > i ? SubjectFinder.Before(ctx, cueStart, i) : -1;
            if (speaker < 0)
            {
                speaker = SubjectFinder.After(ctx, cueEnd, Math.Max(sentence.End, cueEnd));
            }
            if (speaker < 0)
            {
                continue;
            }
            var phraseEnd = speaker > c ? SpeakerPhrase.Expand(ctx, speaker, cueEnd, ctx.Count).End : cueEnd;
            var contentEnd = seg.CloseEnd;
            // “A,” he said, “B.” — the quotation resumes right after the attribution.
            var j = phraseEnd;
            while (j < ctx.Count && j - phraseEnd < 8 && !ctx.Is(j, WordShape.Punct) && !ctx.InQuote(j))
            {
                j++;
            }
            if (j + 1 < ctx.Count && (ctx.Is(j, WordShape.Comma) || ctx.Is(j, WordShape.Colon)) && ctx.Is(j + 1, WordShape.OpenMark)
                && NextSegment(ctx, k) is var next && next > k && ctx.Segments[next].OpenToken == j + 1)
            {
                contentEnd = ctx.Segments[next].CloseEnd;
            }
            // The sanctions “do not hurt us”, Mr Peskov said. — the quoted words end a reported clause: a mixed quotation.
            var start = seg.OpenToken;
            var openSentence = ctx.Sentences[ctx.SentenceOf[seg.OpenToken]];
            var clauseStart = ClauseBounds.ContentStart(ctx, openSentence.Start, seg.OpenToken);
            if (clauseStart < seg.OpenToken && !ctx.Is(seg.OpenToken - 1, WordShape.Colon) && ClauseBounds.Words(ctx, clauseStart, seg.OpenToken) <= 12)
            {
                start = clauseStart;
            }
            return AttributionFactory.Create(ctx, c, start, contentEnd, speaker, 0.95f);
        }
        return null;
    }

    /// <summary>
    /// “…” ― Jane Doe: a quotation signed with a dash and a name that ends the line, as under epigraphs and
    /// in collected reader comments. The dash is the cue.
    /// </summary>
    private static Attribution? DashAttribution(QuoteContext ctx, SegmentTokens seg)
    {
        var dash = seg.CloseEnd;
        if (dash + 1 >= ctx.Count || !ctx.Is(dash, WordShape.Dash) && !ctx.IsWord(dash, "―") || ctx.ParagraphOf[dash] != ctx.ParagraphOf[seg.InnerEnd - 1])
        {
            return null;
        }
        var end = dash + 1;
        while (end < ctx.Count && SpeakerPhrase.IsNamePart(ctx, end) && ctx.ParagraphOf[end] == ctx.ParagraphOf[dash] && end - dash <= 5)
        {
            end++;
        }
        var lineEnds = end >= ctx.Count || ctx.ParagraphOf[end] != ctx.ParagraphOf[dash] || ctx.Is(end, WordShape.SentenceFinal) && (end + 1 >= ctx.Count || ctx.ParagraphOf[end + 1] != ctx.ParagraphOf[dash]);
        if (end - dash < 2 || !lineEnds)
        {
            return null;
        }
        return AttributionFactory.Create(ctx, dash, seg.OpenToken, seg.CloseEnd, end - 1, 0.95f);
    }

    /// <summary>He said: “…” / Mr Peskov said, “…”</summary>
    private static Attribution? Before(QuoteContext ctx, SegmentTokens seg, bool[] used)
    {
        var i = seg.OpenToken - 1;
        if (i < 0 || ctx.ParagraphOf[i] != ctx.ParagraphOf[seg.OpenToken])
        {
            return null;
        }
        var contentStart = seg.OpenToken;
        var introduced = false;
        if (ctx.Is(i, WordShape.Colon) || ctx.Is(i, WordShape.Comma))
        {
            i--;
            introduced = true;
        }
        if (ctx.IsWord(i, "that"))
        {
            // said that “…”: the quotation is the clause's content, which starts at "that".
            contentStart = i;
            i--;
            introduced = true;
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[Math.Max(i, 0)]];
        // Only the cue itself, or a short setting after it, may stand between the cue and the quotation.
        for (var c = i; c >= 0 && c >= i - 4 && c >= sentence.Start; c--)
        {
            if (used[c] || ctx.InQuote(c) || !IsSpeechCue(ctx, c))
            {
                if (ctx.Is(c, WordShape.Punct))
                {
                    break;
                }
                continue;
            }
            var (cueStart, _) = CuePhrase.Expand(ctx, c, sentence.Start, c + 1);
            var speaker = SubjectFinder.Before(ctx, cueStart, sentence.Start);
            if (speaker < 0 || c < i && (!introduced || !ObjectSkipper.CanSeparate(ctx, c, c + 1, i + 1)))
            {
                return null;
            }
            return AttributionFactory.Create(ctx, c, contentStart, seg.CloseEnd, speaker, 0.95f);
        }
        return null;
    }

    /// <summary>A quotation that starts a paragraph or sentence after one ending in a colon: "Mr Peskov continued:" “…”</summary>
    private static Attribution? Announced(QuoteContext ctx, SegmentTokens seg, bool[] used)
    {
        var colon = seg.OpenToken - 1;
        if (colon < 0 || !ctx.Is(colon, WordShape.Colon))
        {
            return null;
        }
        var sentence = ctx.Sentences[ctx.SentenceOf[colon]];
        for (var c = colon - 1; c >= sentence.Start && c >= colon - 12; c--)
        {
            if (used[c] || ctx.InQuote(c) || !IsSpeechCue(ctx, c))
            {
                continue;
            }
            var (cueStart, _) = CuePhrase.Expand(ctx, c, sentence.Start, c + 1);
            var speaker = SubjectFinder.Before(ctx, cueStart, sentence.Start);
            return speaker < 0 ? null : AttributionFactory.Create(ctx, c, seg.OpenToken, seg.CloseEnd, speaker, 0.85f);
        }
        return used[colon] ? null : DescribedSpeaker(ctx, seg, colon, sentence.Start);
    }

    private static readonly WordSet Copulas = WordSet.Of("was is were are seemed seems sounded sounds remained remains looked");

    /// <summary>
    /// "The coach was blunt: “…”" — no speech verb, but a speaker described by how they spoke, and the colon
    /// hands over to their words: the colon is the cue. Only a name, a pronoun or a role speaks so; "The message
    /// was clear: “…”" quotes no one the sentence names.
    /// </summary>
    private static Attribution? DescribedSpeaker(QuoteContext ctx, SegmentTokens seg, int colon, int sentenceStart)
    {
        var copula = -1;
        for (var c = colon - 1; c > sentenceStart && colon - c <= 4; c--)
        {
            if (Copulas.Contains(ctx.Word(c)))
            {
                copula = c;
                break;
            }
            if (!ctx.Is(c, WordShape.Lower) || ctx.HasTags && ctx.Pos(c) is not (UniversalPos.ADJ or UniversalPos.ADV))
            {
                return null;
            }
        }
        if (copula < 0 || copula == colon - 1)
        {
            return null;
        }
        var speaker = SubjectFinder.Before(ctx, copula, sentenceStart);
        if (speaker < 0 || !(SpeakerPhrase.IsNamePart(ctx, speaker) || ctx.Is(speaker, WordShape.Pronoun) || NameWords.RoleNouns.Contains(ctx.Word(speaker))))
        {
            return null;
        }
        return AttributionFactory.Create(ctx, colon, seg.OpenToken, seg.CloseEnd, speaker, 0.85f);
    }

    /// <summary>
    /// “A,” he said. “B.” — a quotation that fills the next sentence of the same paragraph continues the
    /// speaker's words, and becomes a further fragment of the same quotation.
    /// </summary>
    private static int ExtendWithContinuations(QuoteContext ctx, Attribution a, int k, bool[] consumed)
    {
        var end = a.ContentEnd;
        for (var n = k + 1; n < ctx.Segments.Length; n++)
        {
            var seg = ctx.Segments[n];
            if (seg.OpenToken < end)
            {
                consumed[n] = true;
                continue;
            }
            if (!seg.IsDouble)
            {
                break;
            }
            // The next sentence after the attribution's own: “A,” she said, smiling. “B.”
            var gap = Math.Max(end, ctx.Sentences[ctx.SentenceOf[a.Anchor]].End);
            if (gap != seg.OpenToken || ctx.ParagraphOf[seg.OpenToken] != ctx.ParagraphOf[end - 1] || !EndsSentence(ctx, seg))
            {
                break;
            }
            consumed[n] = true;
            end = seg.CloseEnd;
        }
        return end;
    }

    private static bool EndsSentence(QuoteContext ctx, SegmentTokens seg) =>
        seg.CloseEnd >= ctx.Count || ctx.Is(seg.CloseEnd, WordShape.SentenceStart) || ctx.ParagraphOf[seg.CloseEnd] != ctx.ParagraphOf[seg.InnerEnd - 1];

    private static int NextSegment(QuoteContext ctx, int k)
    {
        for (var n = k + 1; n < ctx.Segments.Length; n++)
        {
            if (ctx.Segments[n].IsDouble)
            {
                return n;
            }
        }
        return -1;
    }

    private static bool IsSpeechCue(QuoteContext ctx, int c) =>
        CueLexicon.TryGet(ctx.Word(c), out var cue) && !ctx.IsWord(c - 1, "to") && !(cue.IsNounLike && !ctx.Is(c - 1, WordShape.Pronoun))
        && (cue.IsWeak ? cue.Lemma is "continue" or "put" or "describe" or "call" or "mention" : cue.Family is CueFamily.Speech or CueFamily.Stance or CueFamily.Writing or CueFamily.Question)
        && !(ctx.Is(c, WordShape.Capitalized) && !ctx.Is(c, WordShape.SentenceStart));
}
