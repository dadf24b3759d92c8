using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Nlp.Entities;

/// <summary>Pipeline stage: recognises named entities, links aliases within the document and records roles.</summary>
public sealed class EntityRecognizerStage(EntityRecognizer recognizer) : IPipelineStage
{
    private readonly AliasResolver _resolver = new(recognizer.Gazetteer);

    /// <summary>Uses the shipped model (<c>models/ner.bin</c>).</summary>
    public EntityRecognizerStage()
        : this(EntityRecognizer.Default)
    {
    }

    public string Name => "entities";

    public StageInfo Info => new(Layers.Tokens | Layers.Sentences, Layers.Entities);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = recognizer.Predict(document);
        document.Entities.Clear();
        document.Entities.AddRange(_resolver.Resolve(document, spans));
    }
}
