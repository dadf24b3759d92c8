using Microsoft.Data.Sqlite;
using OnRecord.Core.Errors;
using OnRecord.Store.Ingest;
using OnRecord.Store.Query;

namespace OnRecord.Store.Tests;

/// <summary>Opening, locking, versions, damage: a record either opens whole or fails with a coded, one-line reason.</summary>
public sealed class RecordFileTests : IDisposable
{
    private readonly TempRecord _record = new();

    public void Dispose() => _record.Dispose();

    [Fact]
    public void A_second_writer_is_refused_while_the_first_is_open_and_readers_still_work()
    {
        using (var writer = RecordWriter.Open(_record.Folder))
        {
            writer.Write(Stories.Port());
            writer.Flush(commitIndex: true);
            var error = Assert.Throws<OnRecordException>(() => RecordWriter.Open(_record.Folder));
            Assert.Equal(ErrorCode.StoreLocked, error.Code);
            using var reader = RecordReader.Open(_record.Folder);
            Assert.Equal(1, reader.Stats().Stories);
        }
        using var second = RecordWriter.Open(_record.Folder);
    }

    [Fact]
    public void Reading_a_folder_without_a_record_says_so()
    {
        var error = Assert.Throws<OnRecordException>(() => RecordReader.Open(Path.Combine(_record.Folder, "nothing-here")));
        Assert.Equal(ErrorCode.PathNotFound, error.Code);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_reported_corrupt()
    {
        File.WriteAllText(RecordFolder.Database(_record.Folder), "this is not a database, just some text that is long enough to have a header");
        Assert.Equal(ErrorCode.StoreCorrupt, Assert.Throws<OnRecordException>(() => RecordWriter.Open(_record.Folder)).Code);
        Assert.Equal(ErrorCode.StoreCorrupt, Assert.Throws<OnRecordException>(() => RecordReader.Open(_record.Folder)).Code);
    }

    [Fact]
    public void A_record_from_a_newer_schema_is_refused_not_misread()
    {
        _record.Ingest(Stories.Port());
        using (var connection = new SqliteConnection($"Data Source={RecordFolder.Database(_record.Folder)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }
        Assert.Equal(ErrorCode.StoreVersion, Assert.Throws<OnRecordException>(() => RecordWriter.Open(_record.Folder)).Code);
        Assert.Equal(ErrorCode.StoreVersion, Assert.Throws<OnRecordException>(() => RecordReader.Open(_record.Folder)).Code);
    }

    [Fact]
    public void Migrations_are_numbered_and_a_new_record_has_them_all()
    {
        Assert.Equal(Enumerable.Range(1, Sqlite.SchemaMigrations.All.Count), Sqlite.SchemaMigrations.All.Select(m => m.Version));
        _record.Ingest(Stories.Port());
        using var connection = new SqliteConnection($"Data Source={RecordFolder.Database(_record.Folder)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(Sqlite.SchemaMigrations.Latest, Sqlite.SchemaMigrations.CurrentVersion(connection));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('claims', 'events', 'quantities')";
        Assert.Equal(3L, command.ExecuteScalar());
    }

    [Fact]
    public void A_lost_or_damaged_search_index_is_rebuilt_from_the_record()
    {
        _record.Ingest(Stories.Port(), Stories.PortFollowUp());
        Directory.Delete(RecordFolder.Index(_record.Folder), recursive: true);
        using (var reader = _record.Read())
        {
            Assert.Empty(reader.Verify());
            Assert.Equal(5, reader.SearchQuotes(new()).Total);
        }
        foreach (var file in Directory.GetFiles(RecordFolder.Index(_record.Folder), "segments*"))
        {
            File.WriteAllText(file, "garbage");
        }
        using (var reader = _record.Read())
        {
            Assert.Empty(reader.Verify());
            Assert.Equal(5, reader.SearchQuotes(new()).Total);
        }
    }

    [Fact]
    public void Stories_committed_to_sqlite_but_not_to_the_index_are_indexed_on_the_next_open()
    {
        // What a kill between the SQLite commit and the Lucene commit leaves behind: rows queued past the index's watermark.
        _record.Ingest(Stories.Port());
        var writer = RecordWriter.Open(_record.Folder);
        writer.Write(Stories.PortFollowUp());
        writer.Flush(commitIndex: false);
        CopyRecordWithoutClosing(writer, out var crashed);
        writer.Dispose();
        using var reader = RecordReader.Open(crashed);
        Assert.Empty(reader.Verify());
        Assert.Equal(5, reader.Stats().Quotes);
        Assert.Equal(2, reader.SearchQuotes(new() { From = new DateOnly(2025, 3, 12) }).Total);
        Directory.Delete(crashed, recursive: true);
    }

    /// <summary>Copies the record folder while the writer still has it open: a snapshot of the files as a killed process would leave them.</summary>
    private void CopyRecordWithoutClosing(RecordWriter writer, out string copy)
    {
        copy = Directory.CreateTempSubdirectory("onrecord-crashed-").FullName;
        foreach (var file in Directory.GetFiles(_record.Folder, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith("write.lock", StringComparison.Ordinal) || file.EndsWith("writer.lock", StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(copy, Path.GetRelativePath(_record.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        GC.KeepAlive(writer);
    }
}
