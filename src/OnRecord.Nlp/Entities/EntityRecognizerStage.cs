using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Embeddings;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Pipeline stage: recognises named entities, links aliases within the document and records roles. With an
/// accurate model it first computes the tokens' contextual vectors with the encoder.
/// </summary>
public sealed class EntityRecognizerStage : IPipelineStage
{
    private readonly EntityRecognizer _recognizer;
    private readonly MiniLmEncoder? _encoder;
    private readonly AliasResolver _resolver;

    public EntityRecognizerStage(EntityRecognizer recognizer, MiniLmEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        if (recognizer.NeedsVectors && encoder is null)
        {
            throw new ArgumentException("an accurate entity model needs the MiniLM encoder", nameof(encoder));
        }
        _recognizer = recognizer;
        _encoder = recognizer.NeedsVectors ? encoder : null;
        _resolver = new AliasResolver(recognizer.Gazetteer);
    }

    /// <summary>Uses the shipped fast model (<c>models/ner.bin</c>).</summary>
    public EntityRecognizerStage()
        : this(EntityRecognizer.Default)
    {
    }

    /// <summary>The accurate mode: the shipped <c>models/ner-accurate.bin</c> with all-MiniLM-L6-v2 vectors.</summary>
    public static EntityRecognizerStage Accurate() => new(EntityRecognizer.Accurate, MiniLmEncoder.Default);

    public string Name => "entities";

    /// <summary>Part-of-speech tags are features (a document without them is still tagged, less well).</summary>
    public StageInfo Info => new(Layers.Tokens | Layers.Sentences | Layers.Tags, Layers.Entities);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var vectors = _encoder is null || document.TokenCount == 0 ? null : _encoder.Encode(document);
        var spans = _recognizer.Predict(document, vectors);
        document.Entities.Clear();
        document.Entities.AddRange(_resolver.Resolve(document, spans));
    }
}
