namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Pair features read from the parse: whether a content span is one constituent (how many of its words hang
/// from outside it, and how the first of them relates to the cue) and what it cuts off on either side (a
/// relative clause, a conjunct, an apposition after a comma), which decides most of PolNeAR's span ends.
/// </summary>
internal static class SpanTreeFeatures
{
    private const int Reach = 40;

    private static readonly ulong Roots = Template.Of("pair.tree.roots");
    private static readonly ulong RootsCue = Template.Of("pair.tree.roots.cue");
    private static readonly ulong CutRight = Template.Of("pair.tree.cut-right");
    private static readonly ulong CutLeft = Template.Of("pair.tree.cut-left");
    private static readonly ulong CutRightCue = Template.Of("pair.tree.cut-right.cue");
    private static readonly ulong SubtreeCue = Template.Of("pair.subtree.cue");

    public static void Add(QuoteContext ctx, AnchorInfo a, int i, int j, ulong side, FeatureBuffer f)
    {
        var c = a.Anchor;
        var roots = 0;
        var firstRoot = -1;
        for (var k = i; k < j; k++)
        {
            var h = ctx.Head(k);
            if ((h < i || h >= j) && !ctx.Is(k, WordShape.Punct))
            {
                roots++;
                if (firstRoot < 0)
                {
                    firstRoot = k;
                }
            }
        }
        var relation = firstRoot < 0 ? 0UL
            : ctx.Head(firstRoot) == c ? WordHash.Mix(1, TokenClass.Dep(ctx, firstRoot))
            : firstRoot == a.Head ? 2UL
            : c >= i && c < j ? 3UL
            : 4UL;
        f.Add(Roots, side, (ulong)Math.Min(roots, 3), relation);
        f.Add(RootsCue, (ulong)Math.Min(roots, 2), relation, a.Lemma);

        // The nearest word outside the span that hangs from inside it: what the span leaves out.
        var right = 0UL;
        var hi = Math.Min(Math.Min(ctx.Count, j + Reach), a.WindowEnd);
        for (var k = j; k < hi; k++)
        {
            var h = ctx.Head(k);
            if (h >= i && h < j && !ctx.Is(k, WordShape.Punct))
            {
                right = WordHash.Mix(TokenClass.Dep(ctx, k), ctx.Is(j, WordShape.Comma) ? 1UL : k == j ? 2UL : 3UL);
                break;
            }
        }
        f.Add(CutRight, side, right);
        f.Add(CutRightCue, right, a.Lemma);
        var left = 0UL;
        var lo = Math.Max(Math.Max(0, i - Reach), a.WindowStart);
        for (var k = i - 1; k >= lo; k--)
        {
            var h = ctx.Head(k);
            if (h >= i && h < j && !ctx.Is(k, WordShape.Punct) && k != c)
            {
                left = WordHash.Mix(TokenClass.Dep(ctx, k), k == i - 1 ? 1UL : 2UL);
                break;
            }
        }
        f.Add(CutLeft, side, left);
        foreach (var (token, dep) in a.Dependents)
        {
            if (ctx.LeftEdge(token) == i && ctx.RightEdge(token) == j - 1)
            {
                f.Add(SubtreeCue, dep, a.Lemma);
            }
        }
    }
}
