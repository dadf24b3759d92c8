namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Features of a content span for a given cue, factored into a start part, an end part and a pair part so
/// that decoding scores every start and end once and the pairs by a handful of look-ups.
/// </summary>
internal static class SpanFeatures
{
    private static readonly ulong SBias = Template.Of("start.bias");
    private static readonly ulong SDist = Template.Of("start.dist");
    private static readonly ulong SW0 = Template.Of("start.w0");
    private static readonly ulong SWm1 = Template.Of("start.w-1");
    private static readonly ulong SBi = Template.Of("start.w-1.w0");
    private static readonly ulong SC = Template.Of("start.c-1.c0");
    private static readonly ulong SCw = Template.Of("start.c-1.cue");
    private static readonly ulong SSent = Template.Of("start.sentence");
    private static readonly ulong SRel = Template.Of("start.rel");
    private static readonly ulong SAdj = Template.Of("start.after-cue");
    private static readonly ulong SQuote = Template.Of("start.quote");
    private static readonly ulong SRule = Template.Of("start.rule");
    private static readonly ulong SSubj = Template.Of("start.subject");
    private static readonly ulong SPos = Template.Of("start.pos");
    private static readonly ulong SDep = Template.Of("start.dep");
    private static readonly ulong SHead = Template.Of("start.head");

    private static readonly ulong EBias = Template.Of("end.bias");
    private static readonly ulong EDist = Template.Of("end.dist");
    private static readonly ulong EWl = Template.Of("end.w-1");
    private static readonly ulong EWn = Template.Of("end.w0");
    private static readonly ulong EBi = Template.Of("end.w-1.w0");
    private static readonly ulong EC = Template.Of("end.c-1.c0.c+1");
    private static readonly ulong ECw = Template.Of("end.c0.cue");
    private static readonly ulong ESent = Template.Of("end.sentence");
    private static readonly ulong ERel = Template.Of("end.rel");
    private static readonly ulong EAdj = Template.Of("end.before-cue");
    private static readonly ulong EQuote = Template.Of("end.quote");
    private static readonly ulong ERule = Template.Of("end.rule");
    private static readonly ulong EPos = Template.Of("end.pos");
    private static readonly ulong EDep = Template.Of("end.dep");
    private static readonly ulong EHead = Template.Of("end.head");

    private static readonly ulong SPrev2 = Template.Of("start.w-2.w-1");
    private static readonly ulong SNext = Template.Of("start.w0.w+1");
    private static readonly ulong SSuffix = Template.Of("start.suffix-1");
    private static readonly ulong ESuffix = Template.Of("end.suffix-1");
    private static readonly ulong EPrev2 = Template.Of("end.w-2.w-1");
    private static readonly ulong PColon = Template.Of("pair.colon");
    private static readonly ulong ENext2 = Template.Of("end.w0.w+1");
    private static readonly ulong ENextCue = Template.Of("end.next-cue");
    private static readonly ulong PJoints = Template.Of("pair.joints");
    private static readonly ulong PAfterCue = Template.Of("pair.after-cue");
    private static readonly ulong PAfterWord = Template.Of("pair.after-cue.w");
    private static readonly ulong PBeforeChunk = Template.Of("pair.before-chunk");
    private static readonly ulong PRuleSide = Template.Of("pair.rule-side");
    private static readonly ulong PParticiple = Template.Of("pair.participle");
    private static readonly ulong EBeforeCueTree = Template.Of("end.before-cue-tree");
    private static readonly ulong ECore = Template.Of("end.core-edge");
    private static readonly ulong PSubtree = Template.Of("pair.subtree");
    private static readonly ulong PHeadTree = Template.Of("pair.head-tree");
    private static readonly ulong PLen = Template.Of("pair.len");
    private static readonly ulong PSents = Template.Of("pair.sentences");
    private static readonly ulong PQuote = Template.Of("pair.quote");
    private static readonly ulong PFamily = Template.Of("pair.family");
    private static readonly ulong PCue = Template.Of("pair.cue");
    private static readonly ulong PRule = Template.Of("pair.rule");

    public static void Start(QuoteContext ctx, AnchorInfo a, int i, FeatureBuffer f)
    {
        f.Clear();
        var c = a.Anchor;
        var dir = i < c ? 1UL : i > c ? 2UL : 3UL;
        f.Add(SBias, dir);
        f.Add(SDist, dir, TokenClass.Distance(i - c));
        f.Add(SW0, dir, TokenClass.Word(ctx, i));
        f.Add(SWm1, dir, TokenClass.Word(ctx, i - 1));
        f.Add(SBi, dir, TokenClass.Word(ctx, i - 1), TokenClass.Word(ctx, i));
        f.Add(SC, dir, TokenClass.Of(ctx, i - 1), TokenClass.Of(ctx, i));
        f.Add(SPrev2, dir, TokenClass.Word(ctx, i - 2), TokenClass.Word(ctx, i - 1));
        f.Add(SNext, dir, TokenClass.Word(ctx, i), TokenClass.Word(ctx, i + 1));
        f.Add(SSuffix, dir, Suffix(ctx, i - 1), TokenClass.Of(ctx, i));
        f.Add(SCw, dir, TokenClass.Of(ctx, i - 1), a.Word);
        f.Add(SSent, dir, (ctx.Is(i, WordShape.SentenceStart) ? 1UL : 0) | (ctx.Is(i, WordShape.ParagraphStart) ? 2UL : 0));
        f.Add(SRel, dir, (ulong)(Math.Clamp(ctx.SentenceOf[i] - a.Sentence, -2, 2) + 3));
        if (i > c)
        {
            f.Add(SAdj, (ulong)Math.Min(i - a.CueEnd + 1, 5), TokenClass.Word(ctx, i));
        }
        f.Add(SQuote, dir, QuoteState(ctx, i, true));
        f.Add(SRule, a.HasRule && a.RuleStart == i);
        if (a.Subject >= 0 && i < c)
        {
            f.Add(SSubj, (ulong)Math.Clamp(a.Subject - i + 8, 0, 20));
        }
        if (ctx.HasTags)
        {
            f.Add(SPos, dir, TokenClass.Pos(ctx, i - 1), TokenClass.Pos(ctx, i));
        }
        if (ctx.HasParse)
        {
            foreach (var (token, dep) in a.Dependents)
            {
                if (ctx.LeftEdge(token) == i)
                {
                    f.Add(SDep, dep);
                }
            }
            if (a.Head >= 0 && ctx.LeftEdge(a.Head) == i)
            {
                f.Add(SHead, TokenClass.Dep(ctx, c));
            }
        }
    }

    /// <summary>Features of the content ending before token <paramref name="j"/> (exclusive end).</summary>
    public static void End(QuoteContext ctx, AnchorInfo a, int j, FeatureBuffer f)
    {
        f.Clear();
        var c = a.Anchor;
        var last = j - 1;
        var dir = last < c ? 1UL : last > c ? 2UL : 3UL;
        f.Add(EBias, dir);
        f.Add(EDist, dir, TokenClass.Distance(last - c));
        f.Add(EWl, dir, TokenClass.Word(ctx, last));
        f.Add(EWn, dir, TokenClass.Word(ctx, j));
        f.Add(EBi, dir, TokenClass.Word(ctx, last), TokenClass.Word(ctx, j));
        f.Add(EC, dir, TokenClass.Of(ctx, last), WordHash.Mix(TokenClass.Of(ctx, j), TokenClass.Of(ctx, j + 1)));
        f.Add(ENext2, dir, TokenClass.Word(ctx, j), TokenClass.Word(ctx, j + 1));
        f.Add(EPrev2, dir, TokenClass.Word(ctx, last - 1), TokenClass.Word(ctx, last));
        f.Add(ESuffix, dir, Suffix(ctx, last), TokenClass.Of(ctx, j));
        f.Add(ENextCue, dir, TokenClass.Of(ctx, j), VerbLike(ctx, j + 1) | VerbLike(ctx, j + 2) << 3);
        f.Add(ECw, dir, TokenClass.Of(ctx, j), a.Word);
        var boundary = j >= ctx.Count || ctx.Is(j, WordShape.SentenceStart) ? 1UL
            : j + 1 >= ctx.Count || ctx.Is(j + 1, WordShape.SentenceStart) ? 2UL : 0UL;
        f.Add(ESent, dir, boundary | (j < ctx.Count && ctx.Is(j, WordShape.ParagraphStart) ? 4UL : 0));
        f.Add(ERel, dir, (ulong)(Math.Clamp(ctx.SentenceOf[last] - a.Sentence, -2, 2) + 3));
        if (last < c)
        {
            var gapTo = a.Subject >= 0 && a.Subject < c ? Math.Min(a.Subject, a.CueStart) : a.CueStart;
            f.Add(EAdj, (ulong)Math.Clamp(gapTo - j, 0, 6), TokenClass.Of(ctx, j));
        }
        f.Add(EQuote, dir, QuoteState(ctx, last, false));
        f.Add(ERule, a.HasRule && a.RuleEnd == j);
        if (ctx.HasTags)
        {
            f.Add(EPos, dir, TokenClass.Pos(ctx, last), TokenClass.Pos(ctx, j));
        }
        if (ctx.HasParse)
        {
            for (var d = 0; d < a.Dependents.Count; d++)
            {
                var (token, dep) = a.Dependents[d];
                if (ctx.RightEdge(token) == last)
                {
                    f.Add(EDep, dep);
                }
                if (a.CoreEnds[d] == last)
                {
                    f.Add(ECore, dep);
                }
            }
            if (a.Head >= 0 && ctx.RightEdge(a.Head) == last)
            {
                f.Add(EHead, TokenClass.Dep(ctx, c));
            }
            if (last < c)
            {
                // "…, he said": content ends where the cue's own subtree (its subject) begins, less punctuation.
                f.Add(EBeforeCueTree, (ulong)Math.Clamp(ctx.LeftEdge(c) - j, -1, 3) + 1, TokenClass.Of(ctx, j));
            }
        }
    }

    public static void Pair(QuoteContext ctx, AnchorInfo a, int i, int j, FeatureBuffer f)
    {
        f.Clear();
        var c = a.Anchor;
        var side = j <= c ? 1UL : i > c ? 2UL : 3UL;
        f.Add(PLen, side, LengthBucket(j - i));
        f.Add(PSents, side, (ulong)Math.Min(ctx.SentenceOf[j - 1] - ctx.SentenceOf[i], 3));
        f.Add(PQuote, side, WordHash.Mix(QuoteState(ctx, i, true), QuoteState(ctx, j - 1, false)));
        f.Add(PFamily, side, a.Family);
        var joints = ctx.JointsBefore(j) - ctx.JointsBefore(i + 1);
        f.Add(PJoints, side, (ulong)Math.Min(joints, 2), (ulong)Math.Min(ctx.CommasBefore(j) - ctx.CommasBefore(i + 1), 3));
        f.Add(PCue, side, a.Word);
        f.Add(PRule, a.HasRule && a.RuleStart == i && a.RuleEnd == j);
        // Which side the content is on depends on what surrounds the cue: "said." / "said Friday," / "said that".
        f.Add(PAfterCue, side, TokenClass.Of(ctx, a.CueEnd), TokenClass.Of(ctx, a.CueEnd + 1));
        f.Add(PAfterWord, side, TokenClass.Word(ctx, a.CueEnd));
        var chunkStart = a.Subject >= 0 && a.Subject < a.CueStart ? Math.Min(a.Subject, a.CueStart) : a.CueStart;
        f.Add(PBeforeChunk, side, TokenClass.Of(ctx, chunkStart - 1), a.Subject >= 0 ? 1UL : 0UL);
        if (a.HasRule)
        {
            var ruleSide = a.Rule.ContentEnd <= c ? 1UL : a.Rule.ContentStart > c ? 2UL : 3UL;
            f.Add(PRuleSide, side, ruleSide);
        }
        f.Add(PColon, side, ctx.Is(i - 1, WordShape.Colon) ? 1UL : 0UL, ctx.Is(j, WordShape.SentenceFinal) ? 1UL : 0UL);
        f.Add(PParticiple, side, ctx.ParticiplesBefore(j) - ctx.ParticiplesBefore(i + 1) > 0 ? 1UL : 0UL);
        if (ctx.HasParse)
        {
            // The span is exactly a dependent's subtree ("said [that the plan failed]"), or the clause the cue hangs from.
            foreach (var (token, dep) in a.Dependents)
            {
                if (ctx.LeftEdge(token) == i && ctx.RightEdge(token) == j - 1)
                {
                    f.Add(PSubtree, dep);
                }
            }
            if (a.Head >= 0 && ctx.LeftEdge(a.Head) == i && j <= c)
            {
                f.Add(PHeadTree, TokenClass.Dep(ctx, c), (ulong)Math.Clamp(ctx.LeftEdge(c) - j, 0, 3));
            }
            SpanTreeFeatures.Add(ctx, a, i, j, side, f);
        }
    }

    /// <summary>Whether a content edge is outside quotations, on a mark, or cuts into a quotation.</summary>
    private static ulong QuoteState(QuoteContext ctx, int i, bool isStart)
    {
        if (isStart ? ctx.Is(i, WordShape.OpenMark) : ctx.Is(i, WordShape.CloseMark))
        {
            return 1;
        }
        if (!ctx.InQuote(i))
        {
            return 0;
        }
        var seg = ctx.Segments[ctx.SegmentOf[i]];
        return isStart ? (i == seg.InnerStart ? 2UL : 3UL) : (i == seg.InnerEnd - 1 ? 2UL : 3UL);
    }

    /// <summary>Hash of a word's last two letters ("ed", "ng", "ly"), or a marker beyond the ends.</summary>
    private static ulong Suffix(QuoteContext ctx, int i)
    {
        if ((uint)i >= (uint)ctx.Count)
        {
            return 7;
        }
        var w = ctx.Word(i);
        return WordHash.Of(w.Length > 2 ? w[^2..] : w);
    }

    /// <summary>0 none, 1 a cue word, 2 an -ed word, 3 an -ing word, 4 "that", beyond the ends 5.</summary>
    private static ulong VerbLike(QuoteContext ctx, int i)
    {
        if ((uint)i >= (uint)ctx.Count)
        {
            return 5;
        }
        var w = ctx.Word(i);
        return Lexicon.CueLexicon.Contains(w) ? 1UL
            : w.EndsWith("ed", StringComparison.Ordinal) ? 2UL
            : w.EndsWith("ing", StringComparison.Ordinal) ? 3UL
            : w.Equals("that", StringComparison.OrdinalIgnoreCase) ? 4UL : 0UL;
    }

    private static ulong LengthBucket(int length) =>
        length <= 3 ? (ulong)length : length <= 6 ? 4UL : length <= 10 ? 5UL : length <= 20 ? 6UL : length <= 40 ? 7UL : length <= 80 ? 8UL : 9UL;
}
