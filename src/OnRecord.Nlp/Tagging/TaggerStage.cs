using System.Buffers;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Features;

namespace OnRecord.Nlp.Tagging;

/// <summary>Pipeline stage: UPOS and XPOS for every token, sentence by sentence.</summary>
public sealed class TaggerStage(Tagger tagger) : IPipelineStage
{
    public TaggerStage()
        : this(Tagger.Shipped)
    {
    }

    public string Name => "tagger";

    public StageInfo Info => new(Layers.Tokens | Layers.Sentences, Layers.Tags);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = document.TokenCount;
        var tags = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Predict(document, tags.AsSpan(0, count), cancellationToken);
            SetAnnotations(document, tags.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tags);
        }
    }

    /// <summary>Tag classes of every token; reads the document, changes nothing.</summary>
    public void Predict(Document document, Span<int> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenSpan;
        var words = ArrayPool<WordFeatures>.Shared.Rent(tokens.Length);
        try
        {
            WordFeatures.OfTokens(document.Text, tokens, tagger.Clusters, words);
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tagger.Predict(words.AsSpan(sentence.Start, sentence.Length), tags.Slice(sentence.Start, sentence.Length));
            }
        }
        finally
        {
            ArrayPool<WordFeatures>.Shared.Return(words);
        }
    }

    public void SetAnnotations(Document document, ReadOnlySpan<int> tags)
    {
        ArgumentNullException.ThrowIfNull(document);
        var set = tagger.Model.Tags;
        var tokens = document.TokenSpan;
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i].Pos = set.Upos(tags[i]);
            tokens[i].Xpos = set.Xpos(tags[i]);
        }
        document.MarkAssigned(Layers.Tags);
    }
}
