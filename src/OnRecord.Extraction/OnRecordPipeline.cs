using OnRecord.Core.Pipeline;
using OnRecord.Extraction.Quotes;
using OnRecord.Extraction.Time;
using OnRecord.Nlp.Entities;
using OnRecord.Nlp.Segmentation;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Extraction;

/// <summary>The standard analysis pipeline, stage by stage in the order they run.</summary>
public static class OnRecordPipeline
{
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceSplitterStage())
        .Add(new EntityRecognizerStage())
        .Add(new TimeExpressionStage())
        .Add(new QuoteStage())
        .Add(new StatementDateStage());

    public static Pipeline Create() => CreateBuilder().Build();
}
