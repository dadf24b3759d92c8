using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using OnRecord.Core.Errors;
using OnRecord.Store.Ingest;
using OnRecord.Store.Search;
using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Query;

/// <summary>
/// Reads a record: search, speaker profiles, bulk export and statistics. Any number of readers may run
/// while one process writes. Opening first brings the search index level with SQLite when no one is
/// writing (after a crash, say), so that what is found is what is stored.
/// </summary>
public sealed class RecordReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqlSession _sql;
    private readonly FSDirectory _directory;
    private readonly DirectoryReader? _index;
    private readonly IndexSearcher? _searcher;
    private readonly NumericDocValues? _rowIds;
    private readonly RowLoader _rows;
    private readonly EntityLookup _entities;

    private RecordReader(string folder, SqliteConnection connection, FSDirectory directory, DirectoryReader? index)
    {
        Folder = folder;
        _connection = connection;
        _sql = new SqlSession(connection, RecordFolder.Database(folder));
        _directory = directory;
        _index = index;
        _searcher = index is null ? null : new IndexSearcher(index);
        _rowIds = index is null ? null : MultiDocValues.GetNumericValues(index, IndexFields.Row);
        _rows = new RowLoader(_sql);
        _entities = new EntityLookup(_sql);
    }

    public string Folder { get; }

    public static RecordReader Open(string folder)
    {
        RecordFolder.EnsureExists(folder);
        // Recovery (migrations, re-indexing after a crash) needs the writer's lock; if a writer is busy, read what is there.
        RecordWriter.TryOpen(folder)?.Dispose();
        var path = RecordFolder.Database(folder);
        var connection = SqliteDatabase.Open(path, readOnly: true);
        try
        {
            var version = SchemaMigrations.CurrentVersion(connection);
            SchemaMigrations.EnsureKnown(version, path);
            if (version < SchemaMigrations.Latest)
            {
                throw new OnRecordException(ErrorCode.StoreVersion, $"{path}: the record has schema version {version} and needs upgrading, which waits for the process writing to it");
            }
            var directory = FSDirectory.Open(RecordFolder.Index(folder));
            DirectoryReader? index = null;
            try
            {
                index = DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
            }
            catch (Exception e) when (e is CorruptIndexException or IOException)
            {
                directory.Dispose();
                throw new OnRecordException(ErrorCode.StoreCorrupt, $"{RecordFolder.Index(folder)}: the search index is unreadable ({e.Message}); run any 'onrecord ingest' on the record to rebuild it", e);
            }
            return new RecordReader(folder, connection, directory, index);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw SqliteDatabase.Translate(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The merged entity a name means; E402 when none, E403 when several.</summary>
    public EntityRef FindEntity(string name) => Guard(() => _entities.Find(name));

    public SearchResult<QuoteRow> SearchQuotes(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (total, ids) = TopIds(query with { Documents = false });
        return new SearchResult<QuoteRow>(total, Guard(() => ids.Select(_rows.Quote).OfType<QuoteRow>().ToList()));
    }

    public SearchResult<StoryRow> SearchStories(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (total, ids) = TopIds(query with { Documents = true });
        return new SearchResult<StoryRow>(total, Guard(() => ids.Select(_rows.Story).OfType<StoryRow>().ToList()));
    }

    /// <summary>Every matching statement, in record order, read in chunks: memory grows with the number of matches by 8 bytes each, not with their text.</summary>
    public IEnumerable<QuoteRow> AllQuotes(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var id in AllIds(query with { Documents = false }))
        {
            if (_rows.Quote(id) is { } row)
            {
                yield return row;
            }
        }
    }

    public IEnumerable<StoryRow> AllStories(StatementQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var id in AllIds(query with { Documents = true }))
        {
            if (_rows.Story(id) is { } row)
            {
                yield return row;
            }
        }
    }

    /// <summary>Who a speaker is and what they said; <paramref name="timelineLimit"/> caps the statements listed.</summary>
    public SpeakerProfile Speaker(string name, int timelineLimit = int.MaxValue)
    {
        var entity = FindEntity(name);
        return Guard(() => new SpeakerProfiles(_sql, _rows).Build(entity, timelineLimit));
    }

    public RecordStats Stats() => Guard(() => new RecordStats(
        Count("documents"), Count("copies"), Count("quotes"), Count("entities WHERE id = root_id"), Count("mentions"), Count("timexes"),
        _index?.NumDocs ?? 0, _index is null ? 0 : Hits(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType))),
        _index is null ? 0 : Hits(new TermQuery(new Term(IndexFields.Type, IndexFields.DocumentType)))));

    /// <summary>Problems found by SQLite's integrity check and by comparing the index with the record; empty when consistent.</summary>
    public IReadOnlyList<string> Verify()
    {
        var problems = new List<string>();
        using (var r = _sql.Command("PRAGMA integrity_check").ExecuteReader())
        {
            while (r.Read())
            {
                if (r.GetString(0) != "ok")
                {
                    problems.Add("sqlite: " + r.GetString(0));
                }
            }
        }
        using (var r = _sql.Command("PRAGMA foreign_key_check").ExecuteReader())
        {
            while (r.Read())
            {
                problems.Add($"sqlite: foreign key from {r.GetString(0)} row {r.GetValue(1)}");
            }
        }
        var stats = Stats();
        if (stats.IndexedStories != stats.Stories)
        {
            problems.Add($"index: {stats.IndexedStories} stories indexed, {stats.Stories} stored");
        }
        if (stats.IndexedQuotes != stats.Quotes)
        {
            problems.Add($"index: {stats.IndexedQuotes} quotes indexed, {stats.Quotes} stored");
        }
        var dupKeys = _sql.Long("SELECT count(*) FROM copies c JOIN documents d ON d.doc_key = c.doc_key") ?? 0;
        if (dupKeys > 0)
        {
            problems.Add($"sqlite: {dupKeys} ids stored both as a story and as a copy");
        }
        return problems;
    }

    private (int Total, List<long> Ids) TopIds(StatementQuery query)
    {
        if (_searcher is null)
        {
            return (0, []);
        }
        var lucene = Build(query);
        var limit = Math.Max(1, query.Limit);
        // Text queries rank by relevance alone (the plain top-k collector is the fast path); the rest newest first.
        var top = query.HasText
            ? _searcher.Search(lucene, limit)
            : _searcher.Search(lucene, null, limit, new Sort(new SortField(IndexFields.DaySort, SortFieldType.INT64, true), new SortField(IndexFields.Row, SortFieldType.INT64, true)));
        var ids = new List<long>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            ids.Add(_rowIds!.Get(hit.Doc));
        }
        return (top.TotalHits, ids);
    }

    private List<long> AllIds(StatementQuery query)
    {
        if (_searcher is null)
        {
            return [];
        }
        var collector = new RowIdCollector();
        _searcher.Search(Build(query), collector);
        collector.Ids.Sort();
        return collector.Ids;
    }

    private Lucene.Net.Search.Query Build(StatementQuery query)
    {
        var speaker = query.Speaker is null ? null : FindEntity(query.Speaker).Ids;
        var entity = query.Entity is null ? null : FindEntity(query.Entity).Ids;
        return QueryBuilder.Build(query, speaker, entity);
    }

    private int Hits(Lucene.Net.Search.Query query)
    {
        var counter = new TotalHitCountCollector();
        _searcher!.Search(query, counter);
        return counter.TotalHits;
    }

    private int Count(string table) => (int)(_sql.Long($"SELECT count(*) FROM {table}") ?? 0);

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (SqliteException e)
        {
            throw SqliteDatabase.Translate(e, _sql.Path);
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _directory.Dispose();
        _sql.Dispose();
        _connection.Dispose();
    }
}
