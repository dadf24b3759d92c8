namespace OnRecord.Readers.Sources;

/// <summary>
/// Reads a stream as lines of raw bytes so that each line can be decoded (and fail) on its own,
/// with a cap on line length so one huge line cannot exhaust memory.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private bool _eof;

    /// <summary>Reads the next line (without its newline). Returns false at end of stream; <paramref name="tooLong"/> marks a line that was cut.</summary>
    public bool TryReadLine(MemoryStream line, out bool tooLong)
    {
        line.SetLength(0);
        tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                if (_eof)
                {
                    return any;
                }
                _length = stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    _eof = true;
                    return any;
                }
            }
            any = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : span.Length;
            if (!tooLong)
            {
                if (line.Length + take > maxLineBytes)
                {
                    tooLong = true;
                    line.SetLength(0);
                }
                else
                {
                    line.Write(span[..take]);
                }
            }
            _position += newline >= 0 ? newline + 1 : take;
            if (newline >= 0)
            {
                if (!tooLong && line.Length > 0 && line.GetBuffer()[line.Length - 1] == (byte)'\r')
                {
                    line.SetLength(line.Length - 1);
                }
                return true;
            }
        }
    }
}
