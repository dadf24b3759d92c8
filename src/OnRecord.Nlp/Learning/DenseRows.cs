namespace OnRecord.Nlp.Learning;

/// <summary>
/// The rows of a model with few classes (the parser's three moves) laid out for speed: one open-addressed
/// table whose slot holds the feature's fingerprint and all its class weights side by side, so a lookup
/// touches one cache line instead of a slot and then a separate row of entries. A run-time view of
/// <see cref="FeatureWeights"/>, which keeps the compact sparse form for saving.
/// </summary>
internal sealed class DenseRows
{
    public const int MaxClasses = 7;

    // Slot k occupies _cells[k*stride .. k*stride+stride): fingerprint, then one weight (as float bits) per class.
    private readonly uint[] _cells;
    private readonly int _stride;
    private readonly int _mask;
    private readonly int _classCount;

    public DenseRows(int classCount, int capacity, IEnumerable<(uint Key, (int Class, float Weight)[] Row)> rows)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, MaxClasses);
        _classCount = classCount;
        _stride = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)classCount + 1);
        _mask = capacity - 1;
        _cells = new uint[capacity * _stride];
        foreach (var (key, row) in rows)
        {
            var slot = (int)(key & _mask);
            while (_cells[slot * _stride] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _cells[slot * _stride] = key;
            foreach (var (cls, weight) in row)
            {
                _cells[slot * _stride + 1 + cls] = BitConverter.SingleToUInt32Bits(weight);
            }
        }
    }

    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        var stride = _stride;
        fixed (uint* cells = _cells)
        {
            for (var i = 0; i < features.Length; i++)
            {
                keys[i] = FeatureWeights.Fingerprint(features[i]);
                FeatureWeights.Prefetch(cells + (keys[i] & _mask) * stride);
            }
            // Three running sums in registers; the class count is fixed per model.
            float a = 0, b = 0, c = 0;
            Span<float> rest = stackalloc float[MaxClasses];
            rest.Clear();
            for (var i = 0; i < features.Length; i++)
            {
                var slot = (int)(keys[i] & _mask);
                while (true)
                {
                    var cell = cells + slot * stride;
                    if (*cell == keys[i])
                    {
                        a += BitConverter.UInt32BitsToSingle(cell[1]);
                        b += BitConverter.UInt32BitsToSingle(cell[2]);
                        c += BitConverter.UInt32BitsToSingle(cell[3]);
                        for (var k = 3; k < _classCount; k++)
                        {
                            rest[k] += BitConverter.UInt32BitsToSingle(cell[1 + k]);
                        }
                        break;
                    }
                    if (*cell == 0)
                    {
                        break;
                    }
                    slot = (slot + 1) & _mask;
                }
            }
            scores[0] = a;
            scores[1] = b;
            if (_classCount > 2)
            {
                scores[2] = c;
            }
            for (var k = 3; k < _classCount; k++)
            {
                scores[k] = rest[k];
            }
        }
    }
}
