using System.Runtime.InteropServices;

namespace OnRecord.Nlp.Learning;

/// <summary>
/// A multi-class averaged perceptron over hashed binary features, for training. Weights are sparse: each
/// feature keeps a short chain of (class, weight) entries, created only when an update touches them, so a
/// model with a hundred classes costs memory in proportion to its mistakes rather than features × classes.
/// Averaging is lazy (Daumé's trick): each entry remembers when it last changed.
/// <see cref="Freeze"/> turns the averaged weights into the compact <see cref="FeatureWeights"/> used at run time.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _featureIndex = new(1 << 16);
    private int[] _firstEntry = new int[1 << 16];
    private int[] _updates = new int[1 << 16];
    private Entry[] _entries = new Entry[1 << 16];
    private int _entryCount;
    private int _step;

    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, FeatureWeights.MaxClasses);
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public int FeatureCount => _featureIndex.Count;

    /// <summary>How many features took part in at least 1, 2, 3… updates (index k: at least k+1), for choosing pruning.</summary>
    public int[] UpdateHistogram(int max)
    {
        var histogram = new int[max];
        for (var i = 0; i < _featureIndex.Count; i++)
        {
            for (var k = 0; k < Math.Min(max, _updates[i]); k++)
            {
                histogram[k]++;
            }
        }
        return histogram;
    }

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var f in features)
        {
            if (_featureIndex.TryGetValue(f, out var index))
            {
                for (var e = _firstEntry[index]; e >= 0; e = _entries[e].Next)
                {
                    scores[_entries[e].Class] += _entries[e].Weight;
                }
            }
        }
    }

    /// <summary>Counts one training example for averaging; call once per decision whether or not it updated.</summary>
    public void Advance() => _step++;

    /// <summary>Moves weight from the wrongly predicted class to the true class for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }
        foreach (var f in features)
        {
            var index = IndexOf(f);
            _updates[index]++;
            Adjust(index, truth, 1f);
            Adjust(index, guess, -1f);
        }
    }

    /// <summary>
    /// The averaged weights, with entries whose magnitude is below <paramref name="pruneBelow"/> dropped, and
    /// features that took part in fewer than <paramref name="minUpdates"/> updates: most features are rare
    /// word combinations whose weights barely matter, and they would dominate the model's size.
    /// </summary>
    public FeatureWeights Freeze(float pruneBelow, int minUpdates = 1)
    {
        var step = Math.Max(1, _step);
        var keys = new List<ulong>(_featureIndex.Count);
        var rows = new List<(byte Class, float Weight)[]>(_featureIndex.Count);
        var row = new List<(byte, float)>(ClassCount);
        // Dictionary enumeration order is insertion order here (no removals), which keeps freezing deterministic.
        foreach (var (key, index) in _featureIndex)
        {
            row.Clear();
            if (_updates[index] < minUpdates)
            {
                continue;
            }
            for (var e = _firstEntry[index]; e >= 0; e = _entries[e].Next)
            {
                ref readonly var entry = ref _entries[e];
                var average = (float)((entry.Total + (step - entry.Stamp) * (double)entry.Weight) / step);
                if (MathF.Abs(average) >= pruneBelow && average != 0)
                {
                    row.Add(((byte)entry.Class, average));
                }
            }
            if (row.Count > 0)
            {
                row.Sort((a, b) => a.Item1.CompareTo(b.Item1));
                keys.Add(key);
                rows.Add([.. row]);
            }
        }
        return FeatureWeights.Build(ClassCount, keys, rows);
    }

    private int IndexOf(ulong feature)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_featureIndex, feature, out var exists);
        if (!exists)
        {
            index = _featureIndex.Count - 1;
            if (index >= _firstEntry.Length)
            {
                Array.Resize(ref _firstEntry, _firstEntry.Length * 2);
                Array.Resize(ref _updates, _updates.Length * 2);
            }
            _firstEntry[index] = -1;
        }
        return index;
    }

    private void Adjust(int featureIndex, int cls, float delta)
    {
        var e = _firstEntry[featureIndex];
        while (e >= 0 && _entries[e].Class != cls)
        {
            e = _entries[e].Next;
        }
        if (e < 0)
        {
            if (_entryCount == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }
            e = _entryCount++;
            _entries[e] = new Entry { Class = cls, Next = _firstEntry[featureIndex], Stamp = _step };
            _firstEntry[featureIndex] = e;
        }
        ref var entry = ref _entries[e];
        entry.Total += (_step - entry.Stamp) * (double)entry.Weight;
        entry.Stamp = _step;
        entry.Weight += delta;
    }

    private struct Entry
    {
        public int Class;
        public int Next;
        public int Stamp;
        public float Weight;
        public double Total;
    }
}
