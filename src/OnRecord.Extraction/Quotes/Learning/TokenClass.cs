namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>A coarse class of a token for features: the punctuation it is, or how it is written.</summary>
internal static class TokenClass
{
    public const ulong BeforeStart = 1;
    public const ulong AfterEnd = 2;

    public static ulong Of(QuoteContext ctx, int i)
    {
        if (i < 0)
        {
            return BeforeStart;
        }
        if (i >= ctx.Count)
        {
            return AfterEnd;
        }
        var s = ctx.Shapes[i];
        return (s & WordShape.OpenMark) != 0 ? 3UL
            : (s & WordShape.CloseMark) != 0 ? 4UL
            : (s & WordShape.Comma) != 0 ? 5UL
            : (s & WordShape.SentenceFinal) != 0 ? 6UL
            : (s & WordShape.Colon) != 0 ? 7UL
            : (s & WordShape.Dash) != 0 ? 8UL
            : (s & WordShape.Bracket) != 0 ? 9UL
            : (s & WordShape.Punct) != 0 ? 10UL
            : (s & WordShape.Pronoun) != 0 ? 11UL
            : (s & WordShape.Honorific) != 0 ? 12UL
            : (s & WordShape.AllCaps) != 0 ? 13UL
            : (s & WordShape.Capitalized) != 0 ? ((s & WordShape.SentenceStart) != 0 ? 14UL : 15UL)
            : (s & WordShape.Digit) != 0 ? 16UL
            : (s & WordShape.Lower) != 0 ? 17UL
            : 18UL;
    }

    /// <summary>The word hash of a token, or a marker beyond the document's ends.</summary>
    public static ulong Word(QuoteContext ctx, int i) => i < 0 ? BeforeStart : i >= ctx.Count ? AfterEnd : ctx.Hashes[i];

    /// <summary>Distance buckets: 1, 2, 3, 4, 5–7, 8–15, 16–31, 32+.</summary>
    public static ulong Distance(int d)
    {
        d = Math.Abs(d);
        return d <= 4 ? (ulong)d : d <= 7 ? 5UL : d <= 15 ? 6UL : d <= 31 ? 7UL : 8UL;
    }

    public static ulong Pos(QuoteContext ctx, int i) => (uint)i < (uint)ctx.Count ? (ulong)ctx.Pos(i) + 100 : 99UL;

    public static ulong Dep(QuoteContext ctx, int i) => ctx.Dep(i) is { } dep ? WordHash.Of(dep) : 0UL;
}
