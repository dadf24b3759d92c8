using OnRecord.Core.Documents;
using OnRecord.Core.Pipeline;

namespace OnRecord.Nlp.Tokenization;

/// <summary>Pipeline stage: tokenizes the document body.</summary>
public sealed class TokenizerStage(Tokenizer tokenizer) : IPipelineStage
{
    public TokenizerStage()
        : this(Tokenizer.Default)
    {
    }

    public string Name => "tokenizer";

    public StageInfo Info => new(Layers.None, Layers.Tokens);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = tokenizer.Tokenize(document.Text, document.Body, out var count);
        document.SetTokens(tokens, count);
    }
}
