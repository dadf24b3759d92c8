namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Trains <see cref="EntityWeights"/> with an averaged perceptron over the greedy decoder: the same features
/// and the same left-to-right decisions as <see cref="EntityRecognizer"/>, history taken from the model's own
/// predictions (so training sees its own mistakes). Deterministic for a given seed.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly int _tags = EntityTagSet.Count;
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 20];
    private double[] _totals = new double[1 << 20];
    private int[] _stamps = new int[1 << 20];
    private int _clock = 1;

    public int FeatureCount => _rows.Count;

    /// <summary>One pass over the examples in the given order; returns the token accuracy on non-masked tokens.</summary>
    public double Epoch(IReadOnlyList<NerExample> examples, IReadOnlyList<TokenKeys[]> keys)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(keys);
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxStatic + NerFeatures.HistoryCount];
        Span<float> scores = stackalloc float[_tags];
        long correct = 0, total = 0;
        for (var e = 0; e < examples.Count; e++)
        {
            var example = examples[e];
            var k = keys[e];
            var memory = new DocumentTagMemory();
            foreach (var sentence in example.Document.Sentences)
            {
                byte previous = EntityTagSet.Outside, previous2 = EntityTagSet.Outside;
                for (var i = sentence.Start; i < sentence.End; i++)
                {
                    var count = NerFeatures.Static(k, sentence.Start, sentence.End, i, features);
                    NerFeatures.History(k, sentence.End, i, previous, previous2, memory.Get(k[i]), features.Slice(count, NerFeatures.HistoryCount));
                    count += NerFeatures.HistoryCount;
                    scores.Clear();
                    for (var f = 0; f < count; f++)
                    {
                        AddCurrent(features[f], scores);
                    }
                    var predicted = EntityRecognizer.Best(scores);
                    var gold = example.Gold[i];
                    if (gold != NerExample.Masked)
                    {
                        total++;
                        if (gold == predicted)
                        {
                            correct++;
                        }
                        else
                        {
                            for (var f = 0; f < count; f++)
                            {
                                var row = Row(features[f]);
                                Update(row + gold, 1f);
                                Update(row + predicted, -1f);
                            }
                        }
                        _clock++;
                    }
                    var chosen = EntityRecognizer.Best(previous, scores);
                    memory.Set(k[i], chosen);
                    previous2 = previous;
                    previous = chosen;
                }
            }
        }
        return total == 0 ? 0 : (double)correct / total;
    }

    /// <summary>The averaged weights so far, pruned below <paramref name="threshold"/>.</summary>
    public EntityWeights Averaged(float threshold)
    {
        var rows = new List<(ulong, float[])>(_rows.Count);
        foreach (var (key, row) in _rows)
        {
            var averaged = new float[_tags];
            for (var t = 0; t < _tags; t++)
            {
                var j = row + t;
                averaged[t] = (float)((_totals[j] + ((double)(_clock - _stamps[j]) * _weights[j])) / _clock);
            }
            rows.Add((key, averaged));
        }
        return EntityWeights.FromRows(rows, threshold);
    }

    /// <summary>Hashes and gazetteer matches for every example, computed once for all epochs.</summary>
    public static List<TokenKeys[]> Keys(IReadOnlyList<NerExample> examples, Gazetteer gazetteer, WordClusters clusters)
    {
        var list = new List<TokenKeys[]>(examples.Count);
        foreach (var example in examples)
        {
            var d = example.Document;
            var keys = new TokenKeys[d.TokenCount];
            var scratch = new ulong[d.TokenCount];
            TokenKeyBuilder.Fill(d, gazetteer, clusters, keys, scratch);
            list.Add(keys);
        }
        return list;
    }

    private void AddCurrent(ulong key, Span<float> scores)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            var w = _weights.AsSpan(row, _tags);
            for (var t = 0; t < w.Length; t++)
            {
                scores[t] += w[t];
            }
        }
    }

    private int Row(ulong key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }
        row = _rows.Count * _tags;
        if (row + _tags > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        _rows[key] = row;
        return row;
    }

    private void Update(int j, float delta)
    {
        _totals[j] += (double)(_clock - _stamps[j]) * _weights[j];
        _stamps[j] = _clock;
        _weights[j] += delta;
    }

    /// <summary>A seeded Fisher–Yates shuffle of indices, so runs are reproducible.</summary>
    public static int[] Order(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
