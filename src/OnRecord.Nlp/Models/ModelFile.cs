using System.Security.Cryptography;
using System.Text;
using OnRecord.Core.Errors;

namespace OnRecord.Nlp.Models;

/// <summary>
/// The binary envelope every model file shares: magic <c>ONRM</c>, format version, model kind and a
/// SHA-256 of the payload, so a truncated or foreign file is refused with a clear error instead of
/// producing garbage. Models write their payload through <see cref="Save"/> and read it through <see cref="Load"/>.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "ONRM"u8.ToArray();

    public static void Save(Stream stream, string kind, int formatVersion, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(writePayload);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(writer);
        }
        var bytes = payload.ToArray();
        using var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        output.Write(Magic);
        output.Write(formatVersion);
        output.Write(kind);
        output.Write(SHA256.HashData(bytes));
        output.Write(bytes.Length);
        output.Write(bytes);
    }

    public static T Load<T>(Stream stream, string kind, int formatVersion, string location, Func<BinaryReader, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(readPayload);
        try
        {
            using var input = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!input.ReadBytes(4).AsSpan().SequenceEqual(Magic))
            {
                throw Corrupt(location, "not an OnRecord model file");
            }
            var version = input.ReadInt32();
            var storedKind = input.ReadString();
            if (storedKind != kind)
            {
                throw Corrupt(location, $"holds a '{storedKind}' model, expected '{kind}'");
            }
            if (version != formatVersion)
            {
                throw Corrupt(location, $"format version {version}, this build reads {formatVersion}; retrain or update");
            }
            var hash = input.ReadBytes(32);
            var length = input.ReadInt32();
            var bytes = input.ReadBytes(length);
            if (bytes.Length != length || !SHA256.HashData(bytes).AsSpan().SequenceEqual(hash))
            {
                throw Corrupt(location, "truncated or damaged (checksum mismatch)");
            }
            using var payload = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            return readPayload(payload);
        }
        catch (EndOfStreamException)
        {
            throw Corrupt(location, "truncated");
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(location, e.Message);
        }
    }

    /// <summary>Opens a model file for <see cref="Load"/>; a missing file is <see cref="ErrorCode.ModelMissing"/>.</summary>
    public static FileStream OpenRead(string path)
    {
        try
        {
            return System.IO.File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new OnRecordException(ErrorCode.ModelMissing, $"model file {path} not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OnRecordException(ErrorCode.UnreadableFile, $"model file {path}: {e.Message}");
        }
    }

    /// <summary>SHA-256 of a file, hex, for manifests.</summary>
    public static string HashFile(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static OnRecordException Corrupt(string location, string why) =>
        new(ErrorCode.ModelCorrupt, $"model {location}: {why}");
}
