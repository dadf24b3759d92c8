using System.Numerics.Tensors;
using OnRecord.Core.Documents;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Trains a <see cref="TagProbe"/> by stochastic gradient descent on the cross-entropy of gold tags, and gives
/// the recogniser's trainer jackknifed guesses: each fold of the training documents is guessed by a probe
/// trained on the other folds, so the recogniser learns how far to trust the probe on text it has not seen.
/// A document and its case copies (same vectors) fall in the same fold. Deterministic for a seed.
/// </summary>
public static class TagProbeTrainer
{
    public const int Hidden = 256;
    public const int Epochs = 4;
    public const int Folds = 4;
    private const float LearningRate = 0.005f;

    public static TagProbe Train(IReadOnlyList<NerExample> examples, int seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var size = examples.First(e => e.Vectors is not null).Vectors!.Dimension;
        var dimension = TagProbe.Window * size;
        var tags = EntityTagSet.Count;
        var random = new Random(seed);
        var probe = new TagProbe(Mean(examples, size), Hidden,
            Uniform(random, dimension * Hidden, MathF.Sqrt(6f / (dimension + Hidden))), new float[Hidden],
            Uniform(random, Hidden * tags, MathF.Sqrt(6f / (Hidden + tags))), new float[tags]);
        var tokens = new List<(int Example, int Token, TokenRange Sentence)>();
        for (var e = 0; e < examples.Count; e++)
        {
            var gold = examples[e].Gold;
            foreach (var sentence in examples[e].Document.Sentences)
            {
                for (var i = sentence.Start; i < sentence.End; i++)
                {
                    if (gold[i] != NerExample.Masked)
                    {
                        tokens.Add((e, i, sentence));
                    }
                }
            }
        }
        var input = new float[dimension];
        var hidden = new float[Hidden];
        var hiddenGradient = new float[Hidden];
        var probabilities = new float[tags];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var rate = LearningRate / (1 + epoch);
            foreach (var index in PerceptronTrainer.Order(tokens.Count, random))
            {
                var (e, i, sentence) = tokens[index];
                probe.Input(examples[e].Vectors!, i, sentence.Start, sentence.End, input);
                probe.Forward(input, hidden, probabilities);
                probabilities[examples[e].Gold[i]] -= 1f;
                Step(probe, input, hidden, probabilities, hiddenGradient, rate);
            }
        }
        return probe;
    }

    /// <summary>One gradient step; <paramref name="outputGradient"/> is softmax minus one-hot.</summary>
    private static void Step(TagProbe probe, float[] input, float[] hidden, float[] outputGradient, float[] hiddenGradient, float rate)
    {
        var h = probe.Hidden;
        var d = probe.Dimension;
        Array.Clear(hiddenGradient);
        for (var t = 0; t < outputGradient.Length; t++)
        {
            var g = outputGradient[t];
            if (MathF.Abs(g) < 1e-5f)
            {
                continue;
            }
            var row = probe.OutputWeights.AsSpan(t * h, h);
            TensorPrimitives.MultiplyAdd(row, g, hiddenGradient, hiddenGradient);
            TensorPrimitives.MultiplyAdd(hidden, -rate * g, row, row);
            probe.OutputBias[t] -= rate * g;
        }
        for (var j = 0; j < h; j++)
        {
            if (hidden[j] <= 0f || hiddenGradient[j] == 0f)
            {
                continue;
            }
            var g = hiddenGradient[j];
            var row = probe.HiddenWeights.AsSpan(j * d, d);
            TensorPrimitives.MultiplyAdd(input, -rate * g, row, row);
            probe.HiddenBias[j] -= rate * g;
        }
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
                    Guess(probe, examples[e], guesses[e]);
                }
            }
        }
        return guesses;
    }

    /// <summary>Share of the non-masked tokens, and of the name tokens, whose guess is the gold tag.</summary>
    public static (double All, double Names) Accuracy(IReadOnlyList<NerExample> examples, List<(byte Tag, byte Confidence)[]> guesses)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(guesses);
        long total = 0, right = 0, names = 0, namesRight = 0;
        for (var e = 0; e < examples.Count; e++)
        {
            for (var i = 0; i < guesses[e].Length; i++)
            {
                var gold = examples[e].Gold[i];
                if (gold == NerExample.Masked)
                {
                    continue;
                }
                var ok = guesses[e][i].Tag == gold + 1;
                total++;
                right += ok ? 1 : 0;
                if (gold != EntityTagSet.Outside)
                {
                    names++;
                    namesRight += ok ? 1 : 0;
                }
            }
        }
        return ((double)right / Math.Max(1, total), (double)namesRight / Math.Max(1, names));
    }

    /// <summary>The probe's guesses for every token, as stored in <see cref="TokenKeys"/> (tag + 1, confidence).</summary>
    private static void Guess(TagProbe probe, NerExample example, Span<(byte Tag, byte Confidence)> output)
    {
        var scratch = new float[probe.ScratchLength];
        foreach (var sentence in example.Document.Sentences)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                var (tag, confidence) = probe.Guess(example.Vectors!, i, sentence.Start, sentence.End, scratch);
                output[i] = ((byte)(tag + 1), confidence);
            }
        }
    }

    private static int FoldOf(NerExample example)
    {
        var words = example.Sentences.Count == 0 ? "" : string.Join(' ', example.Sentences[0].Words).ToLowerInvariant();
        return (int)(FeatureHash.Of(words) % Folds);
    }

    private static float[] Uniform(Random random, int count, float limit)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1) * limit;
        }
        return values;
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
