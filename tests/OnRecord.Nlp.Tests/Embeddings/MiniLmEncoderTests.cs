using System.Numerics.Tensors;
using OnRecord.Core.Documents;
using OnRecord.Nlp.Embeddings;
using OnRecord.Nlp.Segmentation;
using OnRecord.Tests.Common;
using OnRecord.Nlp.Tokenization;

namespace OnRecord.Nlp.Tests.Embeddings;

/// <summary>The real all-MiniLM-L6-v2 model on a handful of sentences (kept few: the encoder is the slow part).</summary>
public class MiniLmEncoderTests
{
    private static MiniLmEncoder Encoder => MiniLmEncoder.Default;

    private static Document Analyze(string text)
    {
        var d = new Document("t", text);
        d.SetTokens(Tokenizer.Default.Tokenize(text, d.Body, out var n), n);
        d.SetSentences(SentenceSplitter.Default.Split(d));
        return d;
    }

    private static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.CosineSimilarity(a, b);

    [MiniLmFact]
    public void Every_token_gets_one_vector_and_the_same_text_the_same_vectors()
    {
        var d = Analyze("The minister met Ana Lopes in Lisbon. She said nothing.");
        var a = Encoder.Encode(d);
        var b = Encoder.Encode(d);
        Assert.Equal(d.TokenCount, a.Count);
        Assert.Equal(MiniLmEncoder.Dimension, a.Dimension);
        Assert.Equal(a.Values, b.Values);
        Assert.All(Enumerable.Range(0, a.Count), i => Assert.True(TensorPrimitives.Norm(a.Of(i)) > 0));
    }

    [MiniLmFact]
    public void Vectors_depend_on_context_but_not_on_case()
    {
        var vectors = Encoder.Encode([
            ["She", "sat", "on", "the", "river", "bank", "."],
            ["She", "paid", "the", "money", "into", "the", "bank", "."],
            ["SHE", "SAT", "ON", "THE", "RIVER", "BANK", "."],
        ]);
        var river = vectors.Of(5);
        var money = vectors.Of(7 + 6);
        var upper = vectors.Of(15 + 5);
        Assert.True(Cosine(river, upper) > 0.999f);
        Assert.True(Cosine(river, money) < 0.95f, $"cosine {Cosine(river, money)}");
    }

    [MiniLmFact]
    public void A_sentence_longer_than_the_model_window_is_cut_and_fully_covered()
    {
        var words = Enumerable.Range(0, 700).Select(i => i % 2 == 0 ? "Mbeki" : "visited").ToArray();
        var vectors = Encoder.Encode([words, ["Hello", "."]]);
        Assert.Equal(702, vectors.Count);
        Assert.All(Enumerable.Range(0, vectors.Count), i => Assert.True(TensorPrimitives.Norm(vectors.Of(i)) > 0));
    }
}
