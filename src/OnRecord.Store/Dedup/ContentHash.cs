using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace OnRecord.Store.Dedup;

/// <summary>SHA-256 of a document's text as UTF-8: the same bytes in, the same record out.</summary>
public static class ContentHash
{
    public static byte[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return SHA256.HashData(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
