namespace OnRecord.Extraction.Quotes.Learning;

/// <summary>
/// Averaged perceptron updates on a <see cref="HashedWeights"/> table, with the lazy averaging trick:
/// each update also adds (step × delta) to a second table, and the average is <c>w − u / steps</c>.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly float[] _totals;

    public PerceptronTrainer(HashedWeights weights)
    {
        Weights = weights;
        _totals = new float[weights.Values.Length];
    }

    public HashedWeights Weights { get; }

    /// <summary>Number of examples seen; call <see cref="Tick"/> once per example.</summary>
    public int Steps { get; private set; } = 1;

    public void Tick() => Steps++;

    public void Update(ReadOnlySpan<ulong> keys, float delta)
    {
        var values = Weights.Values;
        foreach (var key in keys)
        {
            var i = Weights.Index(key);
            values[i] += delta;
            _totals[i] += Steps * delta;
        }
    }

    /// <summary>The averaged weights, as a new table.</summary>
    public HashedWeights Averaged()
    {
        var values = Weights.Values;
        var averaged = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            averaged[i] = values[i] - _totals[i] / Steps;
        }
        return new HashedWeights(Weights.Bits, averaged);
    }
}
