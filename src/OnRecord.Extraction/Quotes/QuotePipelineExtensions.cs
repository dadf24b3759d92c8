using OnRecord.Core.Pipeline;

namespace OnRecord.Extraction.Quotes;

public static class QuotePipelineExtensions
{
    /// <summary>Replaces the quotation stage, in its place, by one using <paramref name="extractor"/> (the rules alone, or a given model).</summary>
    public static PipelineBuilder WithQuotes(this PipelineBuilder builder, QuoteExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddAfter<QuoteStage>(new QuoteStage(extractor)).Remove<QuoteStage>();
    }

    /// <summary>Drops the quotation stage and every stage after it: the analysis a quotation model is trained on.</summary>
    public static PipelineBuilder UpToQuotes(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Remove<QuoteStage>().Remove<Time.StatementDateStage>();
    }
}
