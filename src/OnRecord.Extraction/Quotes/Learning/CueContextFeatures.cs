using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Cue features from where the word sits in the parse and among other attributions: the clause it hangs from
/// ("appeared to [suggest]", "refused to [pledge]"), whether it lies inside what another cue reports (PolNeAR
/// annotates beliefs nested in reported speech only now and then), and all its dependents by relation and lemma.
/// </summary>
internal static class CueContextFeatures
{
    private const int MaxClimb = 6;

    private static readonly ulong HeadLemma = Template.Of("cue.head-lemma");
    private static readonly ulong DepLemma = Template.Of("cue.dep.lemma");
    private static readonly ulong Governor = Template.Of("cue.governing-cue");
    private static readonly ulong GovernorLemma = Template.Of("cue.governing-cue.lemma");
    private static readonly ulong InRule = Template.Of("cue.in-rule-content");
    private static readonly ulong InRuleLemma = Template.Of("cue.in-rule-content.lemma");
    private static readonly ulong ChildLemma = Template.Of("cue.child.lemma");
    private static readonly ulong Children = Template.Of("cue.children");

    public static void Add(QuoteContext ctx, RuleHints hints, int c, FeatureBuffer f)
    {
        var lemma = ctx.LemmaHash(c);
        var nested = 0UL;
        foreach (var rule in hints.Attributions)
        {
            if (rule.Anchor != c && rule.ContentContains(c))
            {
                nested = CueLexicon.TryGet(ctx.Word(rule.Anchor), out var outer) ? (ulong)outer.Family + 1 : 9UL;
                break;
            }
        }
        f.Add(InRule, nested, ctx.InQuote(c) ? 1UL : 0UL);
        f.Add(InRuleLemma, nested != 0 ? 1UL : 0UL, lemma);
        if (!ctx.HasParse)
        {
            return;
        }
        var head = ctx.Head(c);
        f.Add(HeadLemma, head >= 0 ? ctx.LemmaHash(head) : 0UL, TokenClass.Dep(ctx, c));
        f.Add(DepLemma, TokenClass.Dep(ctx, c), lemma);

        // The nearest governing word that reports (a lexicon cue), and the relation under it on the way up.
        var child = c;
        var governor = 0UL;
        for (var (k, steps) = (head, 0); k >= 0 && steps < MaxClimb; k = ctx.Head(k), steps++)
        {
            if (CueLexicon.TryGet(ctx.Word(k), out var outer) && !outer.IsWeak)
            {
                governor = WordHash.Mix((ulong)outer.Family + 1, TokenClass.Dep(ctx, child));
                break;
            }
            child = k;
        }
        f.Add(Governor, governor);
        f.Add(GovernorLemma, governor != 0 ? 1UL : 0UL, lemma);

        var sentence = ctx.Sentences[ctx.SentenceOf[c]];
        var signature = 0UL;
        for (var k = Math.Max(sentence.Start, c - 40); k < Math.Min(sentence.End, c + 40); k++)
        {
            if (ctx.Head(k) == c && ctx.Dep(k) is { } dep && dep != "punct")
            {
                var depHash = WordHash.Of(dep);
                f.Add(ChildLemma, depHash, lemma, k < c ? 1UL : 2UL);
                signature = WordHash.Mix(signature, depHash);
            }
        }
        f.Add(Children, signature, lemma);
    }
}
