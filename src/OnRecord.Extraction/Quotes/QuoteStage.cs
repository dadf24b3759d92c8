using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Extraction.Quotes;

/// <summary>
/// Pipeline stage: direct, indirect and mixed quotations with cue and resolved speaker. Reads part-of-speech
/// tags, the parse and entities when earlier stages assigned them, and falls back on surface cues otherwise.
/// </summary>
public sealed class QuoteStage : IPipelineStage
{
    private readonly Lazy<QuoteExtractor> _extractor;

    /// <summary>The default extractor, read when first needed: a pipeline built only to be cut before this stage (training) never loads the model.</summary>
    public QuoteStage()
    {
        _extractor = new(() => QuoteExtractor.Default);
    }

    public QuoteStage(QuoteExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = new(extractor);
    }

    public QuoteExtractor Extractor => _extractor.Value;

    public string Name => "quotes";

    public StageInfo Info => new(Layers.Tokens | Layers.Sentences, Layers.Quotes);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Quotes.Clear();
        Extractor.Extract(document);
    }
}
