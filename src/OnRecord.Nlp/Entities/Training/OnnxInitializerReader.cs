using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Entities.Training;

/// <summary>
/// Reads one float tensor (an initializer, i.e. a weight matrix) out of an ONNX model by walking its protobuf
/// encoding: ModelProto.graph (7) → GraphProto.initializer (5) → TensorProto dims (1), data_type (2), name (8),
/// raw_data (9). Enough to take the word-piece embedding table of a transformer without a protobuf library.
/// </summary>
public static class OnnxInitializerReader
{
    public static (float[] Values, long[] Dims) ReadFloatTensor(byte[] model, Func<string, long[], bool> select)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(select);
        var span = new ReadOnlySpan<byte>(model);
        var pos = 0;
        while (pos < span.Length)
        {
            var (field, wire) = Tag(span, ref pos);
            if (field == 7 && wire == 2)
            {
                var length = (int)Varint(span, ref pos);
                var graph = span.Slice(pos, length);
                var gpos = 0;
                while (gpos < graph.Length)
                {
                    var (gfield, gwire) = Tag(graph, ref gpos);
                    if (gfield == 5 && gwire == 2)
                    {
                        var tlength = (int)Varint(graph, ref gpos);
                        if (TryTensor(graph.Slice(gpos, tlength), select, out var result))
                        {
                            return result;
                        }
                        gpos += tlength;
                    }
                    else
                    {
                        Skip(graph, ref gpos, gwire);
                    }
                }
                break;
            }
            Skip(span, ref pos, wire);
        }
        throw new OnRecordException(ErrorCode.ModelCorrupt, "no matching float initializer in the ONNX model");
    }

    private static bool TryTensor(ReadOnlySpan<byte> tensor, Func<string, long[], bool> select, out (float[], long[]) result)
    {
        result = default;
        var dims = new List<long>();
        var type = 0L;
        string? name = null;
        ReadOnlySpan<byte> raw = default;
        var pos = 0;
        while (pos < tensor.Length)
        {
            var (field, wire) = Tag(tensor, ref pos);
            switch (field, wire)
            {
                case (1, 0):
                    dims.Add((long)Varint(tensor, ref pos));
                    break;
                case (1, 2):
                    var packedLength = (int)Varint(tensor, ref pos);
                    var end = pos + packedLength;
                    while (pos < end)
                    {
                        dims.Add((long)Varint(tensor, ref pos));
                    }
                    break;
                case (2, 0):
                    type = (long)Varint(tensor, ref pos);
                    break;
                case (8, 2):
                    var nameLength = (int)Varint(tensor, ref pos);
                    name = System.Text.Encoding.UTF8.GetString(tensor.Slice(pos, nameLength));
                    pos += nameLength;
                    break;
                case (9, 2):
                    var rawLength = (int)Varint(tensor, ref pos);
                    raw = tensor.Slice(pos, rawLength);
                    pos += rawLength;
                    break;
                default:
                    Skip(tensor, ref pos, wire);
                    break;
            }
        }
        // data_type 1 is FLOAT.
        if (type != 1 || name is null || raw.IsEmpty || !select(name, [.. dims]))
        {
            return false;
        }
        var values = new float[raw.Length / 4];
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(raw).CopyTo(values);
        result = (values, [.. dims]);
        return true;
    }

    private static (int Field, int Wire) Tag(ReadOnlySpan<byte> data, ref int pos)
    {
        var tag = Varint(data, ref pos);
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    private static ulong Varint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
            shift += 7;
        }
    }

    private static void Skip(ReadOnlySpan<byte> data, ref int pos, int wire)
    {
        switch (wire)
        {
            case 0:
                Varint(data, ref pos);
                break;
            case 1:
                pos += 8;
                break;
            case 2:
                var length = (int)Varint(data, ref pos);
                pos += length;
                break;
            case 5:
                pos += 4;
                break;
            default:
                throw new OnRecordException(ErrorCode.ModelCorrupt, $"unsupported protobuf wire type {wire}");
        }
    }
}
