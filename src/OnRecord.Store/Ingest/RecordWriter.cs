using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OnRecord.Core.Documents;
using OnRecord.Core.Errors;
using OnRecord.Store.Dedup;
using OnRecord.Store.Entities;
using OnRecord.Store.Search;
using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Ingest;

/// <summary>
/// The one writer of a record. Each document's rows are written inside a savepoint, so a document is
/// stored whole or not at all; documents are committed in small batches and then indexed. A killed
/// process loses at most the uncommitted batch, which a re-run stores again, and the search index is
/// brought level with SQLite on the next open (see <see cref="IndexSync"/>).
/// </summary>
public sealed class RecordWriter : IDisposable
{
    private const int BatchSize = 256;

    /// <summary>How much more text (in shingles) a copy must have to replace the stored version as the canonical story.</summary>
    private const double FullerVersion = 1.2;
    private static readonly TimeSpan BatchTime = TimeSpan.FromSeconds(1);

    private readonly string _folder;
    private readonly RecordLock _lock;
    private readonly SqlSession _sql;
    private readonly IndexSync _index;
    private readonly DocumentRepository _documents;
    private readonly LayerWriter _layers;
    private readonly EntityRepository _entities;
    private readonly Stopwatch _sinceBatch = new();
    private int _pending;
    private bool _disposed;

    private RecordWriter(string folder, RecordLock recordLock, SqlSession sql, SearchIndexWriter index)
    {
        _folder = folder;
        _lock = recordLock;
        _sql = sql;
        _index = new IndexSync(sql, index);
        _documents = new DocumentRepository(sql);
        _entities = new EntityRepository(sql);
        var entities = _entities;
        _layers = new LayerWriter(sql, new EntityResolver(entities), entities);
    }

    public IngestSummary Summary { get; } = new();

    /// <summary>Opens (creating if needed) the record in <paramref name="folder"/> for writing; fails with E301 when another process writes to it.</summary>
    public static RecordWriter Open(string folder)
    {
        RecordFolder.Create(folder);
        var recordLock = RecordLock.Acquire(folder);
        try
        {
            return OpenLocked(folder, recordLock);
        }
        catch
        {
            recordLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens the record for writing if no other process is writing to it; null otherwise.</summary>
    internal static RecordWriter? TryOpen(string folder)
    {
        var recordLock = RecordLock.TryAcquire(folder);
        if (recordLock is null)
        {
            return null;
        }
        try
        {
            return OpenLocked(folder, recordLock);
        }
        catch
        {
            recordLock.Dispose();
            throw;
        }
    }

    private static RecordWriter OpenLocked(string folder, RecordLock recordLock)
    {
        var path = RecordFolder.Database(folder);
        var connection = SqliteDatabase.Open(path, readOnly: false);
        SqlSession? sql = null;
        SearchIndexWriter? index = null;
        try
        {
            SchemaMigrations.Apply(connection, path);
            sql = new SqlSession(connection, path);
            index = SearchIndexWriter.Open(RecordFolder.Index(folder));
            var writer = new RecordWriter(folder, recordLock, sql, index);
            writer._index.CatchUp();
            return writer;
        }
        catch (SqliteException e)
        {
            index?.Dispose();
            sql?.Dispose();
            connection.Dispose();
            throw SqliteDatabase.Translate(e, path);
        }
        catch
        {
            index?.Dispose();
            sql?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Stores one analysed document. A document that cannot be stored fails alone with a coded error; the batch goes on.</summary>
    public IngestOutcome Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_pending == 0)
        {
            _sql.Begin();
            _sinceBatch.Restart();
        }
        _sql.Execute("SAVEPOINT doc");
        IngestOutcome outcome;
        try
        {
            outcome = WriteOne(document);
            _sql.Execute("RELEASE doc");
        }
        catch (Exception e)
        {
            _sql.Execute("ROLLBACK TO doc");
            _sql.Execute("RELEASE doc");
            _documents.ForgetCaches();
            _entities.ForgetCaches();
            Summary.AddFailure();
            throw e switch
            {
                OnRecordException coded => coded,
                SqliteException sqlite => SqliteDatabase.Translate(sqlite, _sql.Path),
                _ => new OnRecordException(ErrorCode.InvalidAnnotation, $"{document.Id}: cannot be stored: {e.GetType().Name}: {e.Message}", e),
            };
        }
        Summary.Add(outcome);
        _pending++;
        if (_pending >= BatchSize || _sinceBatch.Elapsed >= BatchTime)
        {
            Flush();
        }
        return outcome;
    }

    /// <summary>Commits the documents written so far and indexes them; commits the index too when it is due.</summary>
    public void Flush(bool commitIndex = false)
    {
        try
        {
            _sql.Commit();
            _pending = 0;
            _index.Advance(commitIndex);
        }
        catch (SqliteException e)
        {
            throw SqliteDatabase.Translate(e, _sql.Path);
        }
    }

    private IngestOutcome WriteOne(Document d)
    {
        var hash = ContentHash.Of(d.Text);
        var key = DocumentKey(d, hash);
        var layers = (long)d.Assigned;
        if (_documents.FindByKey(key) is { } existing)
        {
            if (existing.Hash.AsSpan().SequenceEqual(hash))
            {
                return IngestOutcome.Unchanged;
            }
            _documents.DeleteLayers(existing.Id);
            _documents.Update(existing.Id, d, key, hash, StoryFingerprint.Of(d.Slice(d.Body)), layers);
            _layers.Write(existing.Id, d);
            _documents.Enqueue(existing.Id);
            return IngestOutcome.Updated;
        }
        if (_documents.FindCopyByKey(key) is { } copy)
        {
            if (copy.Hash.AsSpan().SequenceEqual(hash))
            {
                return IngestOutcome.Unchanged;
            }
            _documents.DeleteCopy(copy.Id);
        }
        if (_documents.FindByHash(hash) is { } same)
        {
            _documents.InsertCopy(same, d, key, hash, "exact", 1.0);
            return IngestOutcome.ExactDuplicate;
        }
        var fingerprint = StoryFingerprint.Of(d.Slice(d.Body));
        foreach (var (candidate, other) in _documents.NearCandidates(fingerprint))
        {
            if (fingerprint.IsCopyOf(other, out var similarity))
            {
                if (fingerprint.ShingleCount >= other.ShingleCount * FullerVersion)
                {
                    // The stored story was a trimmed copy: the fuller text takes its place, and it becomes a copy.
                    _documents.DemoteToCopy(candidate, similarity);
                    _documents.DeleteLayers(candidate);
                    _documents.Update(candidate, d, key, hash, fingerprint, layers);
                    _layers.Write(candidate, d);
                    _documents.Enqueue(candidate);
                }
                else
                {
                    _documents.InsertCopy(candidate, d, key, hash, "near", similarity);
                }
                return IngestOutcome.NearDuplicate;
            }
        }
        var id = _documents.Insert(d, key, hash, fingerprint, layers);
        _layers.Write(id, d);
        _documents.Enqueue(id);
        return IngestOutcome.New;
    }

    /// <summary>
    /// What makes two documents the same story: the URL, else the id. Standard input has no name of its own
    /// (the reader calls every such document "stdin"), so there the text itself is the identity; otherwise a
    /// second piped story would replace the first.
    /// </summary>
    private static string DocumentKey(Document d, byte[] hash) =>
        d.Url ?? (d.Id == "stdin" ? "stdin:" + Convert.ToHexStringLower(hash) : d.Id);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            Flush(commitIndex: true);
            SqliteDatabase.Execute(_sql.Connection, "PRAGMA wal_checkpoint(PASSIVE);");
        }
        finally
        {
            _index.Dispose();
            _sql.Dispose();
            _sql.Connection.Dispose();
            _lock.Dispose();
        }
    }

    public override string ToString() => _folder;
}
