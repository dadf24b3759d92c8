using System.Numerics;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Trained feature weights, stored sparsely: each feature key has a short row of (tag, weight) pairs, kept in
/// one open-addressing table so a lookup is a multiply, a mask and usually one probe. Weights are stored as
/// half floats on disk. Immutable and thread-safe.
/// </summary>
public sealed class EntityWeights
{
    /// <summary>A table slot: the feature key and where its row of weights lies. One cache line holds four.</summary>
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    /// <summary>One weight of a row, its tag beside it so that a row is read in one pass.</summary>
    private struct Weight
    {
        public float Value;
        public byte Tag;
    }

    private readonly Slot[] _slots;
    private readonly Weight[] _weights;
    private readonly ulong[] _rowKeys;
    private readonly int[] _rowStart;
    private readonly int _mask;

    private EntityWeights(ulong[] rowKeys, int[] rowStart, byte[] tags, float[] values)
    {
        _rowKeys = rowKeys;
        _rowStart = rowStart;
        _weights = new Weight[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _weights[i] = new Weight { Value = values[i], Tag = tags[i] };
        }
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Length * 2));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (var row = 0; row < rowKeys.Length; row++)
        {
            var slot = (int)(rowKeys[row] & (uint)_mask);
            while (_slots[slot].Count > 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Key = rowKeys[row], Start = rowStart[row], Count = rowStart[row + 1] - rowStart[row] };
        }
    }

    public int FeatureCount => _rowStart.Length - 1;

    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/> (one per tag).</summary>
    public void Add(ulong key, Span<float> scores)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Count == 0)
            {
                return;
            }
            if (s.Key == key)
            {
                foreach (ref readonly var w in _weights.AsSpan(s.Start, s.Count))
                {
                    scores[w.Tag] += w.Value;
                }
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Most features one <see cref="AddAll"/> call may pass.</summary>
    public const int MaxBatch = 128;

    /// <summary>Asks for the table slots of <paramref name="keys"/>, to be read soon by <see cref="AddAll"/>.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> keys)
    {
        fixed (Slot* slots = _slots)
        {
            foreach (var key in keys)
            {
                Learning.FeatureWeights.Prefetch(slots + (int)(key & (uint)_mask));
            }
        }
    }

    /// <summary>
    /// Adds the weights of every feature in <paramref name="keys"/> to <paramref name="scores"/>, in the order given
    /// (so the sums equal those of calling <see cref="Add"/> on each key in turn).
    /// </summary>
    public unsafe void AddAll(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keys.Length, MaxBatch);
        Span<int> found = stackalloc int[keys.Length];
        fixed (Slot* slots = _slots)
        fixed (Weight* weights = _weights)
        {
            // The table is bigger than the caches and the lookups independent: ask for every first slot, then every
            // row, before using any, so that the memory waits overlap instead of adding up.
            for (var i = 0; i < keys.Length; i++)
            {
                Learning.FeatureWeights.Prefetch(slots + (int)(keys[i] & (uint)_mask));
            }
            for (var i = 0; i < keys.Length; i++)
            {
                var slot = (int)(keys[i] & (uint)_mask);
                found[i] = -1;
                while (slots[slot].Count > 0)
                {
                    if (slots[slot].Key == keys[i])
                    {
                        found[i] = slot;
                        Learning.FeatureWeights.Prefetch(weights + slots[slot].Start);
                        break;
                    }
                    slot = (slot + 1) & _mask;
                }
            }
            for (var i = 0; i < keys.Length; i++)
            {
                if (found[i] < 0)
                {
                    continue;
                }
                var s = slots[found[i]];
                for (var w = weights + s.Start; w < weights + s.Start + s.Count; w++)
                {
                    scores[w->Tag] += w->Value;
                }
            }
        }
    }

    /// <summary>Builds weights from dense rows, dropping weights whose magnitude is below <paramref name="threshold"/>.</summary>
    public static EntityWeights FromRows(IEnumerable<(ulong Key, float[] Row)> rows, float threshold)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var values = new List<float>();
        foreach (var (key, row) in rows.OrderBy(r => r.Key))
        {
            var before = values.Count;
            for (var t = 0; t < row.Length; t++)
            {
                var v = (float)(Half)row[t];
                if (Math.Abs(v) >= threshold)
                {
                    tags.Add((byte)t);
                    values.Add(v);
                }
            }
            if (values.Count > before)
            {
                keys.Add(key);
                starts.Add(values.Count);
            }
        }
        return new EntityWeights([.. keys], [.. starts], [.. tags], [.. values]);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rows = FeatureCount;
        writer.Write(rows);
        writer.Write(_weights.Length);
        for (var row = 0; row < rows; row++)
        {
            writer.Write(_rowKeys[row]);
            writer.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
        }
        foreach (var w in _weights)
        {
            writer.Write(w.Tag);
        }
        foreach (var w in _weights)
        {
            writer.Write((Half)w.Value);
        }
    }

    public static EntityWeights Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        for (var row = 0; row < rows; row++)
        {
            keys[row] = reader.ReadUInt64();
            starts[row + 1] = starts[row] + reader.ReadByte();
        }
        var tags = reader.ReadBytes(count);
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }
        if (tags.Length != count || starts[rows] != count)
        {
            throw new InvalidDataException("weight table is inconsistent");
        }
        return new EntityWeights(keys, starts, tags, values);
    }
}
