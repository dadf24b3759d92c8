using System.Diagnostics;
using OnRecord.Store.Search;
using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Ingest;

/// <summary>
/// Keeps the search index level with SQLite. Stories are queued in <c>index_queue</c> in the transaction
/// that writes them; this indexes queue entries past the index's committed watermark, reading each story
/// back from SQLite (so first indexing and recovery take the same path), and commits the index with its
/// new watermark every few seconds and at the end. A missing or unreadable index is rebuilt from every story.
/// </summary>
internal sealed class IndexSync(SqlSession sql, SearchIndexWriter index) : IDisposable
{
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(10);

    private readonly StoryReader _stories = new(sql);
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private long _indexedSeq = index.Watermark;
    private bool _dirty;

    /// <summary>Indexes what the last run left unindexed, or everything when the index was rebuilt, and commits.</summary>
    public void CatchUp()
    {
        if (index.NeedsRebuild)
        {
            index.DeleteAll();
            var maxSeq = sql.Long("SELECT max(seq) FROM index_queue") ?? 0;
            var ids = new List<long>();
            using (var r = sql.Command("SELECT id FROM documents ORDER BY id").ExecuteReader())
            {
                while (r.Read())
                {
                    ids.Add(r.GetInt64(0));
                }
            }
            foreach (var id in ids)
            {
                if (_stories.Read(id) is { } story)
                {
                    index.Replace(story);
                }
            }
            _indexedSeq = maxSeq;
            _dirty = true;
        }
        else
        {
            IndexQueued();
        }
        Commit();
    }

    /// <summary>Indexes committed queue entries past what has been indexed so far; commits when it is due or <paramref name="commit"/> asks.</summary>
    public void Advance(bool commit)
    {
        IndexQueued();
        if (commit || _sinceCommit.Elapsed >= CommitInterval)
        {
            Commit();
        }
    }

    private void IndexQueued()
    {
        var queued = new List<(long Seq, long DocumentId)>();
        using (var r = sql.Command("SELECT seq, document_id FROM index_queue WHERE seq > $1 ORDER BY seq", _indexedSeq).ExecuteReader())
        {
            while (r.Read())
            {
                queued.Add((r.GetInt64(0), r.GetInt64(1)));
            }
        }
        foreach (var (seq, documentId) in queued)
        {
            if (_stories.Read(documentId) is { } story)
            {
                index.Replace(story);
            }
            else
            {
                index.Delete(documentId);
            }
            _indexedSeq = seq;
            _dirty = true;
        }
    }

    private void Commit()
    {
        if (!_dirty && !index.NeedsRebuild)
        {
            return;
        }
        index.Commit(_indexedSeq);
        _dirty = false;
        // Entries the committed index covers are no longer needed for recovery.
        sql.Execute("DELETE FROM index_queue WHERE seq <= $1", _indexedSeq);
        _sinceCommit.Restart();
    }

    public void Dispose() => index.Dispose();
}
