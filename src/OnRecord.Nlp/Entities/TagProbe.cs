using System.Numerics.Tensors;
using OnRecord.Nlp.Embeddings;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// A small network from the contextual vectors of a token and its two neighbours to its BILOU tag (the accurate
/// mode's "probe"): one hidden ReLU layer, then softmax. Its guess and confidence become sparse features of the recogniser, which
/// weighs them against spelling, gazetteer and context. The vector is unit-normalised and centred on the
/// training mean first, since transformer vectors share a large common component. Immutable and thread-safe
/// once trained (<see cref="Training.TagProbeTrainer"/> updates the arrays in place while training).
/// </summary>
public sealed class TagProbe
{
    public TagProbe(float[] mean, int hidden, float[] hiddenWeights, float[] hiddenBias, float[] outputWeights, float[] outputBias)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(hiddenWeights);
        ArgumentNullException.ThrowIfNull(hiddenBias);
        ArgumentNullException.ThrowIfNull(outputWeights);
        ArgumentNullException.ThrowIfNull(outputBias);
        if (mean.Length == 0 || hidden <= 0 || hiddenWeights.Length != Window * mean.Length * hidden || hiddenBias.Length != hidden
            || outputWeights.Length != hidden * EntityTagSet.Count || outputBias.Length != EntityTagSet.Count)
        {
            throw new ArgumentException("probe shapes do not match");
        }
        Mean = mean;
        Hidden = hidden;
        HiddenWeights = hiddenWeights;
        HiddenBias = hiddenBias;
        OutputWeights = outputWeights;
        OutputBias = outputBias;
    }

    /// <summary>Vectors seen per decision: the token and one neighbour on each side (zeros beyond the sentence).</summary>
    public const int Window = 3;

    /// <summary>Length of one contextual vector.</summary>
    public int VectorSize => Mean.Length;

    /// <summary>Input size: <see cref="Window"/> vectors.</summary>
    public int Dimension => Window * Mean.Length;

    public int Hidden { get; }

    internal float[] Mean { get; }

    internal float[] HiddenWeights { get; }

    internal float[] HiddenBias { get; }

    internal float[] OutputWeights { get; }

    internal float[] OutputBias { get; }

    /// <summary>
    /// The network's input for token <paramref name="i"/> of the sentence [start, end): each vector of the window
    /// at unit length, minus the mean, times √size (values near ±1).
    /// </summary>
    public void Input(ContextualVectors vectors, int i, int start, int end, Span<float> output)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var size = Mean.Length;
        for (var w = 0; w < Window; w++)
        {
            var j = i + w - (Window / 2);
            var part = output.Slice(w * size, size);
            if (j < start || j >= end)
            {
                part.Clear();
                continue;
            }
            var vector = vectors.Of(j);
            var norm = TensorPrimitives.Norm(vector);
            TensorPrimitives.Multiply(vector, norm > 0 ? 1f / norm : 0f, part);
            TensorPrimitives.Subtract(part, Mean, part);
            TensorPrimitives.Multiply(part, MathF.Sqrt(size), part);
        }
    }

    /// <summary>Hidden activations and softmax probabilities of every tag for an input made by <see cref="Input"/>.</summary>
    public void Forward(ReadOnlySpan<float> input, Span<float> hidden, Span<float> probabilities)
    {
        for (var h = 0; h < Hidden; h++)
        {
            hidden[h] = Math.Max(0f, HiddenBias[h] + TensorPrimitives.Dot(HiddenWeights.AsSpan(h * Dimension, Dimension), input));
        }
        for (var t = 0; t < probabilities.Length; t++)
        {
            probabilities[t] = OutputBias[t] + TensorPrimitives.Dot(OutputWeights.AsSpan(t * Hidden, Hidden), hidden);
        }
        // Shifted by the maximum so that exp never overflows.
        TensorPrimitives.Subtract(probabilities, TensorPrimitives.Max(probabilities), probabilities);
        TensorPrimitives.SoftMax(probabilities, probabilities);
    }

    /// <summary>The most probable tag and a confidence bucket 1–4 (below 0.5, 0.8, 0.95, above).</summary>
    public (byte Tag, byte Confidence) Guess(ContextualVectors vectors, int i, int start, int end, Span<float> scratch)
    {
        var input = scratch[..Dimension];
        var hidden = scratch.Slice(Dimension, Hidden);
        var probabilities = scratch.Slice(Dimension + Hidden, EntityTagSet.Count);
        Input(vectors, i, start, end, input);
        Forward(input, hidden, probabilities);
        var best = TensorPrimitives.IndexOfMax(probabilities);
        var p = probabilities[best];
        return ((byte)best, p < 0.5f ? (byte)1 : p < 0.8f ? (byte)2 : p < 0.95f ? (byte)3 : (byte)4);
    }

    /// <summary>Scratch space <see cref="Guess"/> needs.</summary>
    public int ScratchLength => Dimension + Hidden + EntityTagSet.Count;

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Mean.Length);
        writer.Write(Hidden);
        WriteFloats(writer, Mean);
        WriteFloats(writer, HiddenBias);
        WriteFloats(writer, OutputBias);
        WriteHalves(writer, HiddenWeights);
        WriteHalves(writer, OutputWeights);
    }

    public static TagProbe Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dimension = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        if (dimension is <= 0 or > 4096 || hidden is <= 0 or > 4096)
        {
            throw new InvalidDataException($"probe shape {dimension}x{hidden} is out of range");
        }
        var mean = ReadFloats(reader, dimension);
        var hiddenBias = ReadFloats(reader, hidden);
        var outputBias = ReadFloats(reader, EntityTagSet.Count);
        var hiddenWeights = ReadHalves(reader, Window * dimension * hidden);
        var outputWeights = ReadHalves(reader, hidden * EntityTagSet.Count);
        return new TagProbe(mean, hidden, hiddenWeights, hiddenBias, outputWeights, outputBias);
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static void WriteHalves(BinaryWriter writer, float[] values)
    {
        foreach (var v in values)
        {
            writer.Write((Half)v);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }
        return values;
    }

    private static float[] ReadHalves(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }
        return values;
    }
}
