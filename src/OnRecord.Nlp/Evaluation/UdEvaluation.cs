using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Corpora;

namespace OnRecord.Nlp.Evaluation;

/// <summary>Runs a pipeline on a treebank's raw text, or on its gold tokens, and scores it (CoNLL 2018 metrics).</summary>
public static class UdEvaluation
{
    /// <summary>Analyses the raw text with the whole pipeline, tokenizer included.</summary>
    public static UdScores RawText(ConlluRawText gold, Pipeline pipeline, string id = "gold", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pipeline);
        var document = new Document(id, gold.Text);
        pipeline.Process(document, cancellationToken);
        return UdEvaluator.Evaluate(gold, document);
    }

    /// <summary>
    /// Feeds the gold tokens and sentences to the stages of <paramref name="pipeline"/> that come after
    /// segmentation (the tokenizer and splitter are replaced by <see cref="GoldSegmentationStage"/>).
    /// </summary>
    public static UdScores GoldTokens(ConlluRawText gold, Pipeline pipeline, string id = "gold", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        pipeline = WithGoldSegmentation(pipeline);
        var document = GoldTokenDocument.Create(id, gold);
        pipeline.Process(document, cancellationToken);
        return UdEvaluator.Evaluate(gold, document);
    }

    /// <summary>The pipeline with its segmentation stages (those before and including the sentence splitter) replaced by gold segmentation.</summary>
    public static Pipeline WithGoldSegmentation(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var stages = pipeline.Stages;
        var firstAfter = 0;
        for (var i = 0; i < stages.Length; i++)
        {
            if ((stages[i].Info.Assigns & Layers.Sentences) != 0)
            {
                firstAfter = i + 1;
            }
        }
        var builder = new PipelineBuilder().Add(new GoldSegmentationStage());
        for (var i = firstAfter; i < stages.Length; i++)
        {
            builder.Add(stages[i]);
        }
        return builder.Build();
    }
}
