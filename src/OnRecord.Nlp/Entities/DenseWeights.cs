using System.Numerics.Tensors;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// The accurate mode's dense layer: for every tag a weight row over a token's contextual vector, added to the
/// sparse scores. The vector is scaled to a fixed length first (<see cref="Scale"/>) so that it weighs about as
/// much as the few dozen sparse features that fire for a token. Half floats on disk. Immutable and thread-safe.
/// </summary>
public sealed class DenseWeights
{
    private readonly float[] _rows;

    public DenseWeights(int dimension, float scale, float[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (dimension <= 0 || rows.Length != dimension * EntityTagSet.Count)
        {
            throw new ArgumentException("expected one row per tag", nameof(rows));
        }
        Dimension = dimension;
        Scale = scale;
        _rows = rows;
    }

    public int Dimension { get; }

    /// <summary>Length a vector is scaled to before scoring (a training option, chosen on UNER dev).</summary>
    public float Scale { get; }

    /// <summary>Writes the copy of <paramref name="vector"/> scaled to length <paramref name="scale"/> into <paramref name="output"/>.</summary>
    public static void Normalize(ReadOnlySpan<float> vector, float scale, Span<float> output)
    {
        var norm = TensorPrimitives.Norm(vector);
        TensorPrimitives.Multiply(vector, norm > 0 ? scale / norm : 0f, output);
    }

    /// <summary>Adds each tag's dot product with the (already normalised) vector to <paramref name="scores"/>.</summary>
    public void Add(ReadOnlySpan<float> normalized, Span<float> scores)
    {
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += TensorPrimitives.Dot(_rows.AsSpan(t * Dimension, Dimension), normalized);
        }
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Dimension);
        writer.Write(Scale);
        foreach (var v in _rows)
        {
            writer.Write((Half)v);
        }
    }

    public static DenseWeights Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dimension = reader.ReadInt32();
        if (dimension is <= 0 or > 4096)
        {
            throw new InvalidDataException($"dense dimension {dimension} is out of range");
        }
        var scale = reader.ReadSingle();
        var rows = new float[dimension * EntityTagSet.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (float)reader.ReadHalf();
        }
        return new DenseWeights(dimension, scale, rows);
    }
}
