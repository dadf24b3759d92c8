using System.Numerics.Tensors;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// A softmax classifier from a token's contextual vector alone to its BILOU tag (the accurate mode's "probe").
/// Its guess and confidence become sparse features of the recogniser, which weighs them against spelling,
/// gazetteer and context. The vector is unit-normalised and centred on the training mean first, since
/// transformer vectors share a large common component. Immutable and thread-safe.
/// </summary>
public sealed class TagProbe
{
    private readonly float[] _mean;
    private readonly float[] _weights;
    private readonly float[] _bias;

    public TagProbe(float[] mean, float[] weights, float[] bias)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (mean.Length == 0 || weights.Length != mean.Length * EntityTagSet.Count || bias.Length != EntityTagSet.Count)
        {
            throw new ArgumentException("probe shapes do not match the tag set");
        }
        _mean = mean;
        _weights = weights;
        _bias = bias;
    }

    public int Dimension => _mean.Length;

    /// <summary>The classifier's input for a raw vector: unit length, minus the mean.</summary>
    public void Input(ReadOnlySpan<float> vector, Span<float> output)
    {
        var norm = TensorPrimitives.Norm(vector);
        TensorPrimitives.Multiply(vector, norm > 0 ? 1f / norm : 0f, output);
        TensorPrimitives.Subtract(output, _mean, output);
    }

    /// <summary>Softmax probabilities of every tag for an input made by <see cref="Input"/>.</summary>
    public void Probabilities(ReadOnlySpan<float> input, Span<float> output)
    {
        for (var t = 0; t < output.Length; t++)
        {
            output[t] = _bias[t] + TensorPrimitives.Dot(_weights.AsSpan(t * Dimension, Dimension), input);
        }
        TensorPrimitives.SoftMax(output, output);
    }

    /// <summary>The most probable tag and a confidence bucket 1–4 (below 0.5, 0.8, 0.95, above).</summary>
    public (byte Tag, byte Confidence) Guess(ReadOnlySpan<float> vector, Span<float> scratch, Span<float> probabilities)
    {
        Input(vector, scratch);
        Probabilities(scratch, probabilities);
        var best = TensorPrimitives.IndexOfMax(probabilities);
        var p = probabilities[best];
        return ((byte)best, p < 0.5f ? (byte)1 : p < 0.8f ? (byte)2 : p < 0.95f ? (byte)3 : (byte)4);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Dimension);
        foreach (var v in _mean)
        {
            writer.Write(v);
        }
        foreach (var v in _bias)
        {
            writer.Write(v);
        }
        foreach (var v in _weights)
        {
            writer.Write((Half)v);
        }
    }

    public static TagProbe Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dimension = reader.ReadInt32();
        if (dimension is <= 0 or > 4096)
        {
            throw new InvalidDataException($"probe dimension {dimension} is out of range");
        }
        var mean = new float[dimension];
        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] = reader.ReadSingle();
        }
        var bias = new float[EntityTagSet.Count];
        for (var i = 0; i < bias.Length; i++)
        {
            bias[i] = reader.ReadSingle();
        }
        var weights = new float[dimension * EntityTagSet.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }
        return new TagProbe(mean, weights, bias);
    }
}
