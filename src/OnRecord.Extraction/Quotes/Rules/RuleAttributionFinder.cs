namespace OnRecord.Extraction.Quotes.Rules;

/// <summary>
/// The rules-only attribution finder: the turns of a transcript, then quotations in marks with an adjacent
/// attribution, then reported speech around the remaining cue words. Needs no trained model.
/// </summary>
internal sealed class RuleAttributionFinder : IAttributionFinder
{
    public static readonly RuleAttributionFinder Instance = new();

    public void Find(QuoteContext ctx, List<Attribution> output)
    {
        var used = new bool[ctx.Count];
        TranscriptRules.Find(ctx, used, output);
        DirectQuoteRules.Find(ctx, used, output);
        QuotedAsSaying.Find(ctx, used, output);
        ReportedSpeechRules.Find(ctx, used, output);
    }
}
