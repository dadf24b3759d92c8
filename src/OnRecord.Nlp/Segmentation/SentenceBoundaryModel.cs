using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Segmentation;

/// <summary>Weights of the sentence boundary classifier: a hashed linear model, positive score = boundary.</summary>
public sealed class SentenceBoundaryModel
{
    private const string Kind = "sentence-boundaries";
    private const int FormatVersion = 1;

    private readonly float[] _weights;

    public SentenceBoundaryModel(float[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
        {
            throw new ArgumentException("The weight table size must be a power of two.", nameof(weights));
        }
        _weights = weights;
    }

    public int Mask => _weights.Length - 1;

    public float Score(ReadOnlySpan<int> features)
    {
        var score = 0f;
        foreach (var f in features)
        {
            score += _weights[f];
        }
        return score;
    }

    public void Save(Stream stream) => ModelFile.Save(stream, Kind, FormatVersion, w =>
    {
        // Sparse: most hashed slots stay zero.
        var nonZero = 0;
        foreach (var x in _weights)
        {
            if (x != 0)
            {
                nonZero++;
            }
        }
        w.Write(_weights.Length);
        w.Write(nonZero);
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                w.Write(i);
                w.Write(_weights[i]);
            }
        }
    });

    public static SentenceBoundaryModel Load(Stream stream, string location) => ModelFile.Load(stream, Kind, FormatVersion, location, r =>
    {
        var size = r.ReadInt32();
        var count = r.ReadInt32();
        var weights = new float[size];
        for (var k = 0; k < count; k++)
        {
            var i = r.ReadInt32();
            weights[i] = r.ReadSingle();
        }
        return new SentenceBoundaryModel(weights);
    });

    public static SentenceBoundaryModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }
}
