using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Core.Pipeline;

namespace OnRecord.Nlp.Evaluation;

/// <summary>
/// Stands in for the tokenizer and sentence splitter when a document arrives already segmented (gold
/// tokens and sentences from a treebank), so that later stages can be scored without segmentation errors.
/// </summary>
public sealed class GoldSegmentationStage : IPipelineStage
{
    public string Name => "gold-segmentation";

    public StageInfo Info => new(Layers.None, Layers.Tokens | Layers.Sentences);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((document.Assigned & (Layers.Tokens | Layers.Sentences)) != (Layers.Tokens | Layers.Sentences))
        {
            throw new OnRecordException(ErrorCode.InvalidAnnotation, $"{document.Id}: gold segmentation expected, but the document has no tokens or sentences");
        }
    }
}
