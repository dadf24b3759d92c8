using OnRecord.Core.Pipeline;
using OnRecord.Extraction.Quotes;
using OnRecord.Extraction.Time;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Lemmatization;
using OnRecord.Nlp.Parsing;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tagging;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Extraction;

/// <summary>
/// The standard analysis pipeline, stage by stage in the order they run. The accurate mode recognises entities
/// with all-MiniLM-L6-v2 contextual vectors (the whole pipeline about 15–20 times slower); all else is the same.
/// </summary>
public static class OnRecordPipeline
{
    public static PipelineBuilder CreateBuilder(bool accurate = false) => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceSplitterStage())
        .Add(new TaggerStage())
        .Add(new LemmatizerStage())
        .Add(new ParserStage())
        .Add(accurate ? EntityRecognizerStage.Accurate() : new EntityRecognizerStage())
        .Add(new TimeExpressionStage())
        .Add(new QuoteStage())
        .Add(new StatementDateStage());

    public static Pipeline Create(bool accurate = false) => CreateBuilder(accurate).Build();
}
