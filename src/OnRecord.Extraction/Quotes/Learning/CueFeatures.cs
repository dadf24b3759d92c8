using OnRecord.Extraction.Quotes.Lexicon;
using OnRecord.Extraction.Quotes.Rules;

namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>Features for deciding whether a token heads a cue: the word, its neighbours, the lexicon, nearby quotation marks and a subject, the rules' verdict, and tags and parse when present.</summary>
internal static class CueFeatures
{
    private static readonly ulong Bias = Template.Of("cue.bias");
    private static readonly ulong W0 = Template.Of("cue.w0");
    private static readonly ulong Lemma = Template.Of("cue.lemma");
    private static readonly ulong LemmaW = Template.Of("cue.lemma.tagged");
    private static readonly ulong Family = Template.Of("cue.family");
    private static readonly ulong Wm1 = Template.Of("cue.w-1");
    private static readonly ulong Wp1 = Template.Of("cue.w+1");
    private static readonly ulong Wm2 = Template.Of("cue.w-2");
    private static readonly ulong Wp2 = Template.Of("cue.w+2");
    private static readonly ulong Bm1 = Template.Of("cue.w-1.w0");
    private static readonly ulong Bp1 = Template.Of("cue.w0.w+1");
    private static readonly ulong Cm1 = Template.Of("cue.c-1");
    private static readonly ulong Cp1 = Template.Of("cue.c+1");
    private static readonly ulong Cm2 = Template.Of("cue.c-2.c-1");
    private static readonly ulong Cp2 = Template.Of("cue.c+1.c+2");
    private static readonly ulong C0 = Template.Of("cue.c0");
    private static readonly ulong Suffix = Template.Of("cue.suffix");
    private static readonly ulong ThatAfter = Template.Of("cue.that-after");
    private static readonly ulong OpenAfter = Template.Of("cue.open-after");
    private static readonly ulong CloseBefore = Template.Of("cue.close-before");
    private static readonly ulong InQuote = Template.Of("cue.in-quote");
    private static readonly ulong Position = Template.Of("cue.position");
    private static readonly ulong Subject = Template.Of("cue.subject");
    private static readonly ulong SubjectWord = Template.Of("cue.subject.w0");
    private static readonly ulong After = Template.Of("cue.after-speaker");
    private static readonly ulong Rule = Template.Of("cue.rule");
    private static readonly ulong RuleWord = Template.Of("cue.rule.w0");
    private static readonly ulong Pos0 = Template.Of("cue.pos0");
    private static readonly ulong PosM1 = Template.Of("cue.pos-1.pos0");
    private static readonly ulong PosP1 = Template.Of("cue.pos0.pos+1");
    private static readonly ulong Dep0 = Template.Of("cue.dep0");
    private static readonly ulong DepW = Template.Of("cue.dep0.w0");
    private static readonly ulong ChildDeps = Template.Of("cue.child-dep");
    private static readonly ulong SubjectEntity = Template.Of("cue.subject.entity");
    private static readonly ulong ChildDepWord = Template.Of("cue.child-dep.w0");
    private static readonly ulong ChildSubjectEntity = Template.Of("cue.nsubj.entity");

    public static void Extract(QuoteContext ctx, RuleHints hints, int c, FeatureBuffer f)
    {
        f.Clear();
        var w0 = ctx.Hashes[c];
        f.Add(Bias, 1UL);
        f.Add(W0, w0);
        f.Add(LemmaW, ctx.LemmaHash(c));
        var word = ctx.Word(c);
        if (CueLexicon.TryGet(word, out var cue))
        {
            f.Add(Lemma, WordHash.Of(cue.Lemma));
            f.Add(Family, (ulong)cue.Family, (cue.IsParticiple ? 1UL : 0) | (cue.IsNounLike ? 2UL : 0) | (cue.IsWeak ? 4UL : 0));
        }
        f.Add(Wm1, TokenClass.Word(ctx, c - 1));
        f.Add(Wp1, TokenClass.Word(ctx, c + 1));
        f.Add(Wm2, TokenClass.Word(ctx, c - 2));
        f.Add(Wp2, TokenClass.Word(ctx, c + 2));
        f.Add(Bm1, TokenClass.Word(ctx, c - 1), w0);
        f.Add(Bp1, w0, TokenClass.Word(ctx, c + 1));
        f.Add(C0, TokenClass.Of(ctx, c));
        f.Add(Cm1, TokenClass.Of(ctx, c - 1), w0);
        f.Add(Cp1, TokenClass.Of(ctx, c + 1), w0);
        f.Add(Cm2, TokenClass.Of(ctx, c - 2), TokenClass.Of(ctx, c - 1));
        f.Add(Cp2, TokenClass.Of(ctx, c + 1), TokenClass.Of(ctx, c + 2));
        f.Add(Suffix, WordHash.Of(word.Length > 3 ? word[^3..] : word));

        var that = ctx.IsWord(c + 1, "that") ? 1UL : ctx.IsWord(c + 2, "that") ? 2UL : ctx.IsWord(c + 3, "that") ? 3UL : 0UL;
        f.Add(ThatAfter, that, w0);
        var open = ctx.Is(c + 1, WordShape.OpenMark) ? 1UL : ctx.Is(c + 2, WordShape.OpenMark) ? 2UL : ctx.Is(c + 3, WordShape.OpenMark) ? 3UL : 0UL;
        f.Add(OpenAfter, open);
        var close = ctx.Is(c - 1, WordShape.CloseMark) ? 1UL : ctx.Is(c - 2, WordShape.CloseMark) ? 2UL : ctx.Is(c - 3, WordShape.CloseMark) ? 3UL
            : ctx.Is(c - 4, WordShape.CloseMark) ? 4UL : 0UL;
        f.Add(CloseBefore, close);
        f.Add(InQuote, ctx.InQuote(c) ? 1UL : 0UL);

        var sentence = ctx.Sentences[ctx.SentenceOf[c]];
        var position = c == sentence.Start ? 1UL : c == sentence.End - 1 ? 2UL : c >= sentence.End - 3 ? 3UL : c - sentence.Start < 4 ? 4UL : 5UL;
        f.Add(Position, position);

        var (cueStart, cueEnd) = CuePhrase.Expand(ctx, c, sentence.Start, sentence.End);
        var subject = SubjectFinder.Before(ctx, cueStart, sentence.Start);
        var subjectKind = subject < 0 ? 0UL : ctx.Is(subject, WordShape.Pronoun) ? 1UL : SpeakerPhrase.IsNamePart(ctx, subject) ? 2UL : 3UL;
        f.Add(Subject, subjectKind);
        f.Add(SubjectWord, subjectKind, w0);
        if (ctx.HasEntities && subject >= 0)
        {
            f.Add(SubjectEntity, ctx.EntityOf(subject));
        }
        var after = SubjectFinder.After(ctx, cueEnd, sentence.End);
        f.Add(After, after < 0 ? 0UL : ctx.Is(after, WordShape.Pronoun) ? 1UL : SpeakerPhrase.IsNamePart(ctx, after) ? 2UL : 3UL, close > 0 ? 1UL : 0UL);

        if (hints.TryGet(c, out var rule))
        {
            var side = rule.ContentEnd <= c ? 1UL : rule.ContentStart > c ? 2UL : 3UL;
            f.Add(Rule, side);
            f.Add(RuleWord, side, w0);
        }
        else
        {
            f.Add(Rule, 0UL);
        }

        if (ctx.HasTags)
        {
            f.Add(Pos0, TokenClass.Pos(ctx, c), w0);
            f.Add(PosM1, TokenClass.Pos(ctx, c - 1), TokenClass.Pos(ctx, c));
            f.Add(PosP1, TokenClass.Pos(ctx, c), TokenClass.Pos(ctx, c + 1));
        }
        CueContextFeatures.Add(ctx, hints, c, f);
        if (ctx.HasParse)
        {
            f.Add(Dep0, TokenClass.Dep(ctx, c));
            f.Add(DepW, TokenClass.Dep(ctx, c), w0);
            // The relations of the cue's dependents: a reporting verb has a ccomp or parataxis and an nsubj.
            var lo = Math.Max(sentence.Start, c - 40);
            var hi = Math.Min(sentence.End, c + 40);
            for (var k = lo; k < hi; k++)
            {
                if (ctx.Head(k) == c && ctx.Dep(k) is { } dep && dep is "ccomp" or "parataxis" or "nsubj" or "nsubj:pass" or "xcomp" or "obj" or "mark")
                {
                    f.Add(ChildDeps, WordHash.Of(dep));
                    f.Add(ChildDepWord, WordHash.Of(dep), w0);
                    if (dep == "nsubj")
                    {
                        f.Add(ChildSubjectEntity, ctx.EntityOf(k), ctx.Is(k, WordShape.Pronoun) ? 1UL : 0UL);
                    }
                }
            }
        }
    }
}
