using OnRecord.Extraction.Quotes.Lexicon;

namespace OnRecord.Extraction.Quotes.Resolution;

/// <summary>
/// "an assessment [that] found …", "an architect [who] said …": a relative pronoun that is the subject of its
/// clause. As a speaker it is the mention (PolNeAR annotates it so) but it stands for the noun it follows; as
/// the start of a content it marks a relative clause, not something reported.
/// </summary>
internal static class RelativePronouns
{
    private static readonly WordSet Words = WordSet.Of("that which who");

    public static bool IsRelativeSubject(QuoteContext ctx, int i)
    {
        if ((uint)i >= (uint)ctx.Count || !Words.Contains(ctx.Word(i)))
        {
            return false;
        }
        if (ctx.HasParse)
        {
            return ctx.Dep(i) is "nsubj" or "nsubj:pass" && ctx.Dep(ctx.Head(i)) is "acl:relcl";
        }
        return CueLexicon.Contains(ctx.Word(i + 1));
    }

    /// <summary>The head of the noun phrase a relative subject pronoun stands for, or -1.</summary>
    public static int Antecedent(QuoteContext ctx, int i)
    {
        if (!IsRelativeSubject(ctx, i))
        {
            return -1;
        }
        var noun = ctx.HasParse ? ctx.Head(ctx.Head(i)) : i - 1;
        return noun >= 0 && noun < i && !ctx.Is(noun, WordShape.Punct) ? noun : -1;
    }
}
