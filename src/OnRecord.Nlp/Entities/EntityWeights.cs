using System.Numerics;

namespace OnRecord.Nlp.Entities;

/// <summary>
/// Trained feature weights, stored sparsely: each feature key has a short row of (tag, weight) pairs, kept in
/// one open-addressing table so a lookup is a multiply, a mask and usually one probe. Weights are stored as
/// half floats on disk. Immutable and thread-safe.
/// </summary>
public sealed class EntityWeights
{
    private readonly ulong[] _keys;
    private readonly int[] _slotRow;
    private readonly int[] _rowStart;
    private readonly byte[] _tags;
    private readonly float[] _values;
    private readonly int _mask;

    private EntityWeights(ulong[] rowKeys, int[] rowStart, byte[] tags, float[] values)
    {
        _rowStart = rowStart;
        _tags = tags;
        _values = values;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Length * 2));
        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _slotRow = new int[capacity];
        Array.Fill(_slotRow, -1);
        for (var row = 0; row < rowKeys.Length; row++)
        {
            var slot = (int)(rowKeys[row] & (uint)_mask);
            while (_slotRow[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = rowKeys[row];
            _slotRow[slot] = row;
        }
    }

    public int FeatureCount => _rowStart.Length - 1;

    public int WeightCount => _values.Length;

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/> (one per tag).</summary>
    public void Add(ulong key, Span<float> scores)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var row = _slotRow[slot];
            if (row < 0)
            {
                return;
            }
            if (_keys[slot] == key)
            {
                for (var j = _rowStart[row]; j < _rowStart[row + 1]; j++)
                {
                    scores[_tags[j]] += _values[j];
                }
                return;
            }
            slot = (slot + 1) & _mask;
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
        writer.Write(_values.Length);
        var rowKeys = new ulong[rows];
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_slotRow[slot] >= 0)
            {
                rowKeys[_slotRow[slot]] = _keys[slot];
            }
        }
        for (var row = 0; row < rows; row++)
        {
            writer.Write(rowKeys[row]);
            writer.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
        }
        writer.Write(_tags);
        foreach (var v in _values)
        {
            writer.Write((Half)v);
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
