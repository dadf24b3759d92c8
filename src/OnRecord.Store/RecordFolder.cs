using OnRecord.Core.Errors;

namespace OnRecord.Store;

/// <summary>
/// The files of one record: <c>record.sqlite</c> (the record itself, with its WAL), <c>index/</c> (the Lucene
/// index, derived from it and rebuilt when lost) and <c>writer.lock</c>.
/// </summary>
public static class RecordFolder
{
    public const string DefaultPath = "onrecord-data";

    public static string Database(string folder) => Path.Combine(folder, "record.sqlite");

    public static string Index(string folder) => Path.Combine(folder, "index");

    public static bool Exists(string folder) => File.Exists(Database(folder));

    internal static void EnsureExists(string folder)
    {
        if (!Exists(folder))
        {
            throw new OnRecordException(ErrorCode.PathNotFound, $"{folder}: no record here (create one with 'onrecord ingest PATH --db {folder}')");
        }
    }

    internal static void Create(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OnRecordException(ErrorCode.UnreadableFile, $"{folder}: cannot create the record folder ({e.Message})", e);
        }
        if (File.Exists(folder))
        {
            throw new OnRecordException(ErrorCode.StoreCorrupt, $"{folder}: is a file, not a record folder");
        }
    }
}
