using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Nlp.Lemmatization;

/// <summary>Pipeline stage: a lemma for every token from its form and XPOS.</summary>
public sealed class LemmatizerStage(Lemmatizer lemmatizer) : IPipelineStage
{
    public LemmatizerStage()
        : this(Lemmatizer.Shipped)
    {
    }

    public string Name => "lemmatizer";

    public StageInfo Info => new(Layers.Tags, Layers.Lemmas);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text.AsSpan();
        foreach (ref var token in document.TokenSpan)
        {
            token.Lemma = lemmatizer.Lemmatize(text[token.Start..token.End], token.Xpos ?? "");
        }
    }
}
