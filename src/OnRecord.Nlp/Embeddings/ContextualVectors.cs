namespace OnRecord.Nlp.Embeddings;

/// <summary>One dense vector per token of a document (or of a list of sentences), stored row after row.</summary>
public sealed class ContextualVectors(float[] values, int dimension)
{
    public int Dimension { get; } = dimension;

    public int Count => Values.Length / Dimension;

    /// <summary>All vectors, token after token.</summary>
    public float[] Values { get; } = values;

    public ReadOnlySpan<float> Of(int token) => Values.AsSpan(token * Dimension, Dimension);
}
