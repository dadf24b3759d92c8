using System.Buffers;
using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;
using OnRecord.Nlp.Features;

namespace OnRecord.Nlp.Parsing;

/// <summary>Pipeline stage: a head and a UD relation for every token; one tree per sentence.</summary>
public sealed class ParserStage(DependencyParser parser) : IPipelineStage
{
    public ParserStage()
        : this(DependencyParser.Shipped)
    {
    }

    public string Name => "parser";

    public StageInfo Info => new(Layers.Tags, Layers.Parse);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = document.TokenCount;
        var heads = ArrayPool<int>.Shared.Rent(count);
        var labels = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Predict(document, heads.AsSpan(0, count), labels.AsSpan(0, count), cancellationToken);
            SetAnnotations(document, heads.AsSpan(0, count), labels.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(heads);
            ArrayPool<int>.Shared.Return(labels);
        }
    }

    /// <summary>Document-wide head indices (−1 for roots) and label ids; reads the document, changes nothing.</summary>
    public void Predict(Document document, Span<int> heads, Span<int> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.TokenSpan;
        var text = document.Text.AsSpan();
        var clusters = parser.Clusters;
        var input = new ParserInput();
        var state = new ParseState();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            input.Reset(sentence.Length);
            for (var i = 0; i < sentence.Length; i++)
            {
                ref readonly var t = ref tokens[sentence.Start + i];
                var lower = WordFeatures.LowerHash(text[t.Start..t.End]);
                input.Set(i, lower, clusters.Of(lower), t.Pos, t.Xpos);
            }
            var sentenceHeads = heads.Slice(sentence.Start, sentence.Length);
            parser.Parse(input, state, sentenceHeads, labels.Slice(sentence.Start, sentence.Length));
            for (var i = 0; i < sentenceHeads.Length; i++)
            {
                sentenceHeads[i] = sentenceHeads[i] < 0 ? TokenData.RootHead : sentence.Start + sentenceHeads[i];
            }
        }
    }

    public void SetAnnotations(Document document, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = parser.Model.Labels;
        var tokens = document.TokenSpan;
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i].Head = heads[i];
            tokens[i].Dep = names[labels[i]];
        }
        document.MarkAssigned(Layers.Parse);
    }
}
