namespace OnRecord.Nlp.Learning;

/// <summary>
/// The rows of a model with at most three classes (the parser's moves) packed for speed: one open-addressed
/// table of 8-byte cells, each a 16-bit tag of the feature's fingerprint and its three class weights in 16-bit
/// fixed point, so that a lookup touches one cache line and the table is half the size of a (key, 3 floats)
/// layout. The parser's move table is larger than the caches and every lookup that misses them waits for
/// memory: size is speed here.
/// <para>
/// Two approximations, both deterministic (training, saving and loading give the same scores): a weight is
/// rounded to a multiple of the largest weight / 32767 (on dev the parses are those of the exact sums; bfloat16
/// weights, with 8 significant bits, cost 0.3 UAS), and an absent feature whose probe chain holds a feature
/// with the same 16-bit tag scores as that feature (about one lookup in 30,000). A run-time view of
/// <see cref="FeatureWeights"/>, which keeps the exact half-precision rows for saving.
/// </para>
/// </summary>
internal sealed class DenseRows
{
    public const int MaxClasses = 3;

    private readonly ulong[] _cells;
    private readonly int _mask;
    private readonly int _classCount;
    private readonly float _scale;

    /// <param name="classCount">At most <see cref="MaxClasses"/>.</param>
    /// <param name="capacity">Cells (a power of two, comfortably more than the features).</param>
    /// <param name="largest">The largest weight magnitude, which sets the fixed-point step.</param>
    public DenseRows(int classCount, int capacity, float largest)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, MaxClasses);
        _classCount = classCount;
        _mask = capacity - 1;
        _cells = new ulong[capacity];
        _scale = largest > 0 ? largest / short.MaxValue : 1f;
    }

    /// <summary>Claims the cell of a new feature; returns it for <see cref="Set"/>.</summary>
    public int Add(uint key)
    {
        var slot = (int)(key & _mask);
        while (_cells[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }
        _cells[slot] = Tag(key);
        return slot;
    }

    public void Set(int cell, int cls, float weight) =>
        _cells[cell] |= (ulong)(ushort)(short)MathF.Round(weight / _scale) << (16 * (cls + 1));

    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        fixed (ulong* cells = _cells)
        {
            for (var i = 0; i < features.Length; i++)
            {
                keys[i] = FeatureWeights.Fingerprint(features[i]);
                FeatureWeights.Prefetch(cells + (keys[i] & _mask));
            }
            // Integer sums are exact and independent of order.
            long a = 0, b = 0, c = 0;
            for (var i = 0; i < features.Length; i++)
            {
                var slot = (int)(keys[i] & _mask);
                var tag = Tag(keys[i]);
                while (true)
                {
                    var cell = cells[slot];
                    if ((ushort)cell == tag)
                    {
                        a += (short)(cell >> 16);
                        b += (short)(cell >> 32);
                        c += (short)(cell >> 48);
                        break;
                    }
                    if (cell == 0)
                    {
                        break;
                    }
                    slot = (slot + 1) & _mask;
                }
            }
            scores[0] = a * _scale;
            scores[1] = b * _scale;
            if (_classCount > 2)
            {
                scores[2] = c * _scale;
            }
        }
    }

    /// <summary>16 bits mixed from the whole fingerprint (its low bits already chose the slot); never 0, which marks an empty cell.</summary>
    private static ushort Tag(uint key)
    {
        var tag = (ushort)((key * 0x9E3779B1u) >> 16);
        return tag == 0 ? (ushort)1 : tag;
    }
}
