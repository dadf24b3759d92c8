using System.Numerics.Tensors;
using OnRecord.Nlp.Embeddings;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Trains a <see cref="TagProbe"/> by averaged stochastic gradient descent on the cross-entropy of gold tags,
/// and gives the recogniser's trainer jackknifed guesses: each fold of the training documents is guessed by a
/// probe trained on the other folds, so the recogniser learns how far to trust the probe on text it has not
/// seen. A document and its case copies (same vectors) fall in the same fold. Deterministic for a seed.
/// </summary>
public static class TagProbeTrainer
{
    public const int Epochs = 4;
    public const int Folds = 4;
    private const float LearningRate = 0.2f;

    public static TagProbe Train(IReadOnlyList<NerExample> examples, int seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var dimension = examples.First(e => e.Vectors is not null).Vectors!.Dimension;
        var mean = Mean(examples, dimension);
        var tokens = new List<(int Example, int Token)>();
        for (var e = 0; e < examples.Count; e++)
        {
            var gold = examples[e].Gold;
            for (var i = 0; i < gold.Length; i++)
            {
                if (gold[i] != NerExample.Masked)
                {
                    tokens.Add((e, i));
                }
            }
        }
        var tags = EntityTagSet.Count;
        var weights = new float[tags * dimension];
        var bias = new float[tags];
        var sumWeights = new double[weights.Length];
        var sumBias = new double[tags];
        var input = new float[dimension];
        var probabilities = new float[tags];
        var probe = new TagProbe(mean, weights, bias);
        var random = new Random(seed);
        long steps = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = LearningRate / (1 + epoch);
            foreach (var index in PerceptronTrainer.Order(tokens.Count, random))
            {
                var (e, i) = tokens[index];
                probe.Input(examples[e].Vectors!.Of(i), input);
                probe.Probabilities(input, probabilities);
                probabilities[examples[e].Gold[i]] -= 1f;
                for (var t = 0; t < tags; t++)
                {
                    var g = probabilities[t];
                    if (Math.Abs(g) < 1e-4f)
                    {
                        continue;
                    }
                    var row = weights.AsSpan(t * dimension, dimension);
                    TensorPrimitives.MultiplyAdd(input, -rate * g, row, row);
                    bias[t] -= rate * g;
                }
                steps++;
            }
            // Averaging once per epoch (over the epoch-end weights) smooths SGD's noise at no per-step cost.
            for (var j = 0; j < weights.Length; j++)
            {
                sumWeights[j] += weights[j];
            }
            for (var t = 0; t < tags; t++)
            {
                sumBias[t] += bias[t];
            }
        }
        var averaged = sumWeights.Select(v => (float)(v / Epochs)).ToArray();
        var averagedBias = sumBias.Select(v => (float)(v / Epochs)).ToArray();
        return new TagProbe(mean, averaged, averagedBias);
    }

    /// <summary>Jackknifed guesses (tag + 1, confidence) for every token of every example.</summary>
    public static List<(byte Tag, byte Confidence)[]> Jackknife(IReadOnlyList<NerExample> examples, int seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var fold = examples.Select(FoldOf).ToArray();
        var guesses = examples.Select(e => new (byte, byte)[e.Gold.Length]).ToList();
        for (var f = 0; f < Folds; f++)
        {
            var probe = Train(examples.Where((_, i) => fold[i] != f).ToList(), seed + f);
            for (var e = 0; e < examples.Count; e++)
            {
                if (fold[e] == f)
                {
                    Guess(probe, examples[e].Vectors!, guesses[e]);
                }
            }
        }
        return guesses;
    }

    /// <summary>The probe's guesses for every token, as stored in <see cref="TokenKeys"/> (tag + 1, confidence).</summary>
    public static void Guess(TagProbe probe, ContextualVectors vectors, Span<(byte Tag, byte Confidence)> output)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(vectors);
        var scratch = new float[probe.Dimension];
        var probabilities = new float[EntityTagSet.Count];
        for (var i = 0; i < output.Length; i++)
        {
            var (tag, confidence) = probe.Guess(vectors.Of(i), scratch, probabilities);
            output[i] = ((byte)(tag + 1), confidence);
        }
    }

    private static int FoldOf(NerExample example)
    {
        var words = example.Sentences.Count == 0 ? "" : string.Join(' ', example.Sentences[0].Words).ToLowerInvariant();
        return (int)(FeatureHash.Of(words) % Folds);
    }

    private static float[] Mean(IReadOnlyList<NerExample> examples, int dimension)
    {
        var sum = new double[dimension];
        var unit = new float[dimension];
        long count = 0;
        foreach (var e in examples)
        {
            for (var i = 0; i < e.Vectors!.Count; i++)
            {
                var v = e.Vectors.Of(i);
                var norm = TensorPrimitives.Norm(v);
                TensorPrimitives.Multiply(v, norm > 0 ? 1f / norm : 0f, unit);
                for (var d = 0; d < dimension; d++)
                {
                    sum[d] += unit[d];
                }
                count++;
            }
        }
        return sum.Select(s => (float)(s / Math.Max(1, count))).ToArray();
    }
}
