using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Pipeline stage: direct, indirect and mixed quotations with cue and resolved speaker. Reads part-of-speech
/// tags, the parse and entities when earlier stages assigned them, and falls back on surface cues otherwise.
/// </summary>
public sealed class QuoteStage(QuoteExtractor extractor) : IPipelineStage
{
    public QuoteStage()
        : this(QuoteExtractor.Default)
    {
    }

    public QuoteExtractor Extractor => extractor;

    public string Name => "quotes";

    public StageInfo Info => new(Layers.Tokens | Layers.Sentences, Layers.Quotes);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Quotes.Clear();
        extractor.Extract(document);
    }
}
