namespace OnRecord.Extraction.Quotes;

/// <summary>Finds attributions in a prepared document. Implementations keep no per-document state in fields.</summary>
internal interface IAttributionFinder
{
    void Find(QuoteContext ctx, List<Attribution> output);
}
