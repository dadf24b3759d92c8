using OnRecord.Core.Errors;

namespace OnRecord.Store;

/// <summary>
/// One writer per record: an exclusive lock on <c>writer.lock</c> in the record's folder. The operating
/// system drops it when the process dies, however it dies, so a killed ingest never leaves a stale lock.
/// </summary>
internal sealed class RecordLock : IDisposable
{
    private readonly FileStream _file;

    private RecordLock(FileStream file) => _file = file;

    public static RecordLock Acquire(string folder)
    {
        var path = Path.Combine(folder, "writer.lock");
        try
        {
            return new RecordLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException e)
        {
            throw new OnRecordException(ErrorCode.StoreLocked, $"{folder}: another process is writing to this record (it holds {path}); wait for it to finish", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OnRecordException(ErrorCode.StoreLocked, $"{folder}: cannot lock the record for writing (permission denied on {path})", e);
        }
    }

    /// <summary>Takes the lock if no one holds it; null when another process does.</summary>
    public static RecordLock? TryAcquire(string folder)
    {
        try
        {
            return Acquire(folder);
        }
        catch (OnRecordException e) when (e.Code == ErrorCode.StoreLocked)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
