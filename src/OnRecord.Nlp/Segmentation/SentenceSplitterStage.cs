using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Nlp.Segmentation;

/// <summary>Pipeline stage: sets sentence boundaries.</summary>
public sealed class SentenceSplitterStage(SentenceSplitter splitter) : IPipelineStage
{
    public SentenceSplitterStage()
        : this(SentenceSplitter.Default)
    {
    }

    public string Name => "sentences";

    public StageInfo Info => new(Layers.Tokens, Layers.Sentences);

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.SetSentences(splitter.Split(document));
}
