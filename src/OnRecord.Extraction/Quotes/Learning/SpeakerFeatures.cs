namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>Features for choosing the speaker's head token among the tokens around a cue, or no speaker at all.</summary>
internal static class SpeakerFeatures
{
    private static readonly ulong Bias = Template.Of("spk.bias");
    private static readonly ulong Dist = Template.Of("spk.dist");
    private static readonly ulong W0 = Template.Of("spk.w0");
    private static readonly ulong W0Dir = Template.Of("spk.w0.dir");
    private static readonly ulong Wm1 = Template.Of("spk.w-1");
    private static readonly ulong Wp1 = Template.Of("spk.w+1");
    private static readonly ulong C0 = Template.Of("spk.c0");
    private static readonly ulong Cm1 = Template.Of("spk.c-1.c0");
    private static readonly ulong Cp1 = Template.Of("spk.c0.c+1");
    private static readonly ulong Name = Template.Of("spk.name");
    private static readonly ulong Content = Template.Of("spk.content");
    private static readonly ulong Subject = Template.Of("spk.subject");
    private static readonly ulong Between = Template.Of("spk.between");
    private static readonly ulong Rel = Template.Of("spk.rel");
    private static readonly ulong CueWord = Template.Of("spk.cue");
    private static readonly ulong Rule = Template.Of("spk.rule");
    private static readonly ulong Pos = Template.Of("spk.pos");
    private static readonly ulong Dep = Template.Of("spk.dep");
    private static readonly ulong Entity = Template.Of("spk.entity");
    private static readonly ulong Null = Template.Of("spk.null");
    private static readonly ulong NullCue = Template.Of("spk.null.cue");
    private static readonly ulong NullSide = Template.Of("spk.null.side");

    public static void Candidate(QuoteContext ctx, AnchorInfo a, int contentStart, int contentEnd, int k, FeatureBuffer f)
    {
        f.Clear();
        var c = a.Anchor;
        var dir = k < c ? 1UL : 2UL;
        f.Add(Bias, dir);
        f.Add(Dist, dir, TokenClass.Distance(k - c));
        f.Add(W0, TokenClass.Word(ctx, k));
        f.Add(W0Dir, dir, TokenClass.Word(ctx, k));
        f.Add(Wm1, dir, TokenClass.Word(ctx, k - 1));
        f.Add(Wp1, dir, TokenClass.Word(ctx, k + 1));
        f.Add(C0, dir, TokenClass.Of(ctx, k));
        f.Add(Cm1, dir, TokenClass.Of(ctx, k - 1), TokenClass.Of(ctx, k));
        f.Add(Cp1, dir, TokenClass.Of(ctx, k), TokenClass.Of(ctx, k + 1));
        var name = SpeakerPhrase.IsNamePart(ctx, k);
        f.Add(Name, dir, (name ? 1UL : 0) | (SpeakerPhrase.IsNamePart(ctx, k + 1) ? 2UL : 0) | (SpeakerPhrase.IsNamePart(ctx, k - 1) ? 4UL : 0));
        var relative = k < contentStart ? 1UL : k >= contentEnd ? 2UL : 3UL;
        f.Add(Content, dir, relative);
        f.Add(Subject, (k == a.Subject ? 1UL : 0) | (k == a.After ? 2UL : 0));
        int lo = Math.Min(k, c) + 1, hi = Math.Max(k, c);
        var commas = (ulong)Math.Min(ctx.CommasBefore(hi) - ctx.CommasBefore(lo), 2);
        var marks = ctx.MarksBefore(hi) - ctx.MarksBefore(lo) > 0 ? 1UL : 0;
        var cues = ctx.CuesBefore(hi) - ctx.CuesBefore(lo) > 0 ? 1UL : 0;
        var contentBetween = contentStart < hi && contentEnd > lo && relative != 3 ? 1UL : 0;
        f.Add(Between, dir, commas | marks << 2 | cues << 3 | contentBetween << 4);
        f.Add(Rel, dir, (ulong)(Math.Clamp(ctx.SentenceOf[k] - a.Sentence, -1, 1) + 2));
        f.Add(CueWord, dir, a.Word, TokenClass.Of(ctx, k));
        if (a.HasRule && a.Rule.HasSpeaker)
        {
            f.Add(Rule, (k == a.Rule.SpeakerHead ? 1UL : 0) | (k >= a.Rule.SpeakerStart && k < a.Rule.SpeakerEnd ? 2UL : 0));
        }
        if (ctx.HasTags)
        {
            f.Add(Pos, dir, TokenClass.Pos(ctx, k), TokenClass.Pos(ctx, k + 1));
        }
        if (ctx.HasEntities)
        {
            f.Add(Entity, dir, ctx.EntityOf(k), ctx.EntityOf(k + 1) == ctx.EntityOf(k) ? 1UL : 0UL);
        }
        if (ctx.HasParse)
        {
            var head = ctx.Head(k);
            f.Add(Dep, head == c ? 1UL : head == a.Head ? 2UL : 0UL, TokenClass.Dep(ctx, k));
        }
    }

    public static void NoSpeaker(QuoteContext ctx, AnchorInfo a, int contentStart, int contentEnd, FeatureBuffer f)
    {
        f.Clear();
        f.Add(Null, (a.Subject >= 0 ? 1UL : 0) | (a.After >= 0 ? 2UL : 0));
        f.Add(NullCue, a.Word);
        var side = contentEnd <= a.Anchor ? 1UL : contentStart > a.Anchor ? 2UL : 3UL;
        f.Add(NullSide, side, a.Family);
    }
}
