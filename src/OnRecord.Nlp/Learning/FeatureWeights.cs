using OnRecord.Nlp.Models;

namespace OnRecord.Nlp.Learning;

/// <summary>
/// Frozen weights of a linear model over hashed features: feature → a few (class, weight) entries.
/// Lookup is an open-addressed table keyed by a 32-bit fingerprint of the 64-bit feature hash; two
/// training features that share a fingerprint are merged (a handful in millions, like feature hashing).
/// Weights are stored as half floats on disk and rounded the same way in memory, so a saved and
/// reloaded model predicts exactly what the trained one did; models of at most three classes score from a
/// packed copy (<see cref="DenseRows"/>), built the same way after training and after loading. Immutable and
/// thread-safe.
/// </summary>
public sealed class FeatureWeights
{
    public const int MaxClasses = 255;

    /// <summary>Models with at most this many classes also keep a dense copy of their rows (see <see cref="DenseRows"/>).</summary>
    public const int MaxDenseClasses = DenseRows.MaxClasses;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly DenseRows? _dense;

    private FeatureWeights(int classCount, Slot[] slots, Entry[] entries, int featureCount)
    {
        ClassCount = classCount;
        _slots = slots;
        _entries = entries;
        _mask = slots.Length - 1;
        FeatureCount = featureCount;
        if (classCount <= MaxDenseClasses)
        {
            _dense = Dense();
        }
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    public int EntryCount => _entries.Length;

    /// <summary>Features one <see cref="Score"/> call may pass.</summary>
    public const int MaxFeatures = 256;

    /// <summary>Sets <paramref name="scores"/> (length ≥ <see cref="ClassCount"/>) to the summed weights of the features.</summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(features.Length, MaxFeatures);
        if (_dense is not null)
        {
            _dense.Score(features, scores);
            return;
        }
        scores[..ClassCount].Clear();
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> found = stackalloc int[features.Length];
        fixed (Slot* slots = _slots)
        fixed (Entry* entries = _entries)
        {
            // The tables are bigger than the caches and the lookups independent: ask for every first slot, then
            // every row of entries, before using any, so that the memory waits overlap instead of adding up.
            for (var i = 0; i < features.Length; i++)
            {
                keys[i] = Fingerprint(features[i]);
                Prefetch(slots + (keys[i] & _mask));
            }
            for (var i = 0; i < features.Length; i++)
            {
                var slot = Find(slots, keys[i]);
                found[i] = slot;
                if (slot >= 0)
                {
                    Prefetch(entries + slots[slot].Start);
                }
            }
            for (var i = 0; i < features.Length; i++)
            {
                if (found[i] < 0)
                {
                    continue;
                }
                var s = slots[found[i]];
                for (var e = entries + s.Start; e < entries + s.Start + s.Count; e++)
                {
                    scores[e->Class] += e->Weight;
                }
            }
        }
    }

    private DenseRows Dense()
    {
        var largest = 0f;
        foreach (var e in _entries)
        {
            largest = MathF.Max(largest, MathF.Abs(e.Weight));
        }
        var dense = new DenseRows(ClassCount, _slots.Length, largest);
        foreach (var s in _slots)
        {
            if (s.Key == 0)
            {
                continue;
            }
            var cell = dense.Add(s.Key);
            for (var e = s.Start; e < s.Start + s.Count; e++)
            {
                dense.Set(cell, _entries[e].Class, _entries[e].Weight);
            }
        }
        return dense;
    }

    internal static unsafe void Prefetch(void* address)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(address);
        }
    }

    /// <summary>A copy without the entries whose magnitude is below <paramref name="threshold"/>.</summary>
    public FeatureWeights Pruned(float threshold)
    {
        var keys = new List<uint>(FeatureCount);
        var counts = new List<byte>(FeatureCount);
        var entries = new List<Entry>(_entries.Length);
        foreach (var s in _slots)
        {
            if (s.Key == 0)
            {
                continue;
            }
            byte count = 0;
            for (var e = s.Start; e < s.Start + s.Count; e++)
            {
                if (MathF.Abs(_entries[e].Weight) >= threshold)
                {
                    entries.Add(_entries[e]);
                    count++;
                }
            }
            if (count > 0)
            {
                keys.Add(s.Key);
                counts.Add(count);
            }
        }
        return Create(ClassCount, [.. keys], [.. counts], [.. entries]);
    }

    public static FeatureWeights Build(int classCount, IReadOnlyList<ulong> keys, IReadOnlyList<(byte Class, float Weight)[]> rows)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        // Merge features whose fingerprints collide, keeping first-seen order for determinism.
        var order = new List<uint>(keys.Count);
        var merged = new Dictionary<uint, SortedDictionary<byte, float>>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Fingerprint(keys[i]);
            if (!merged.TryGetValue(key, out var row))
            {
                merged[key] = row = [];
                order.Add(key);
            }
            foreach (var (cls, weight) in rows[i])
            {
                row[cls] = row.GetValueOrDefault(cls) + weight;
            }
        }
        var fingerprints = new uint[order.Count];
        var counts = new byte[order.Count];
        var entries = new List<Entry>();
        for (var i = 0; i < order.Count; i++)
        {
            fingerprints[i] = order[i];
            foreach (var (cls, weight) in merged[order[i]])
            {
                entries.Add(new Entry(cls, (float)(Half)weight));
                counts[i]++;
            }
        }
        return Create(classCount, fingerprints, counts, [.. entries]);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write(_entries.Length);
        // Rows in slot order; the table is rebuilt on load.
        var keys = new uint[FeatureCount];
        var counts = new byte[FeatureCount];
        var classes = new byte[_entries.Length];
        var weights = new Half[_entries.Length];
        int row = 0, at = 0;
        foreach (var s in _slots)
        {
            if (s.Key == 0)
            {
                continue;
            }
            keys[row] = s.Key;
            counts[row++] = (byte)s.Count;
            for (var e = s.Start; e < s.Start + s.Count; e++)
            {
                classes[at] = (byte)_entries[e].Class;
                weights[at++] = (Half)_entries[e].Weight;
            }
        }
        BinaryData.WriteArray(writer, keys);
        writer.Write(counts);
        writer.Write(classes);
        BinaryData.WriteArray(writer, weights);
    }

    public static FeatureWeights Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var featureCount = reader.ReadInt32();
        var entryCount = reader.ReadInt32();
        if (classCount is < 2 or > MaxClasses || featureCount < 0 || entryCount < 0)
        {
            throw new InvalidDataException("bad weight table header");
        }
        var keys = BinaryData.ReadArray<uint>(reader, featureCount);
        var counts = BinaryData.ReadBytes(reader, featureCount);
        var classes = BinaryData.ReadBytes(reader, entryCount);
        var weights = BinaryData.ReadArray<Half>(reader, entryCount);
        var entries = new Entry[entryCount];
        for (var e = 0; e < entryCount; e++)
        {
            if (classes[e] >= classCount)
            {
                throw new InvalidDataException("class out of range in weight table");
            }
            entries[e] = new Entry(classes[e], (float)weights[e]);
        }
        return Create(classCount, keys, counts, entries);
    }

    private static FeatureWeights Create(int classCount, uint[] keys, byte[] counts, Entry[] entries)
    {
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(keys.Length + keys.Length / 2 + 1)));
        var slots = new Slot[capacity];
        var mask = capacity - 1;
        if (entries.Length >= 1 << 24)
        {
            throw new InvalidDataException("weight table too large (more than 16M entries)");
        }
        var start = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(keys[i] & mask);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = new Slot(keys[i], start, counts[i]);
            start += counts[i];
        }
        if (start != entries.Length)
        {
            throw new InvalidDataException("weight table rows do not cover the entries");
        }
        return new FeatureWeights(classCount, slots, entries, keys.Length);
    }

    private unsafe int Find(Slot* slots, uint key)
    {
        var slot = (int)(key & _mask);
        while (true)
        {
            var k = slots[slot].Key;
            if (k == key)
            {
                return slot;
            }
            if (k == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>32 bits of the feature hash; 0 marks an empty slot, so it is moved to 1.</summary>
    internal static uint Fingerprint(ulong feature)
    {
        var key = (uint)(feature >> 32) ^ (uint)feature;
        return key == 0 ? 1 : key;
    }

    /// <summary>8 bytes: the fingerprint, and where the feature's row starts (24 bits) and how long it is (8 bits).</summary>
    private readonly struct Slot(uint key, int start, int count)
    {
        private readonly uint _startAndCount = (uint)start << 8 | (uint)count;

        public uint Key { get; } = key;

        public int Start => (int)(_startAndCount >> 8);

        public int Count => (int)(_startAndCount & 0xFF);
    }

    /// <summary>
    /// 4 bytes: the weight as a float whose low 8 mantissa bits hold the class. Weights are rounded to half
    /// precision (10 mantissa bits), so the float's top 24 bits carry them exactly and reading one is a mask.
    /// </summary>
    private readonly struct Entry
    {
        private readonly uint _bits;

        public Entry(int cls, float weight)
        {
            var bits = BitConverter.SingleToUInt32Bits((float)(Half)weight);
            System.Diagnostics.Debug.Assert((bits & 0xFF) == 0);
            _bits = bits & 0xFFFFFF00 | (uint)(byte)cls;
        }

        public int Class => (int)(_bits & 0xFF);

        public float Weight => BitConverter.UInt32BitsToSingle(_bits & 0xFFFFFF00);
    }
}
