using System.Text;
using OnRecord.Core.Errors;

namespace OnRecord.Readers.Formats;

/// <summary>Decodes input bytes as strict UTF-8 and refuses what is not text.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string location)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.IndexOf((byte)0) >= 0 || LooksUtf16(bytes))
        {
            throw new OnRecordException(ErrorCode.BinaryContent, $"{location}: binary content (NUL bytes), not text");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new OnRecordException(ErrorCode.InvalidUtf8, $"{location}: invalid UTF-8 at byte {e.Index}");
        }
        if (CountControl(text) * 20 > text.Length + 20)
        {
            throw new OnRecordException(ErrorCode.BinaryContent, $"{location}: binary content (control characters), not text");
        }
        return text;
    }

    private static bool LooksUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static int CountControl(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                n++;
            }
        }
        return n;
    }
}
