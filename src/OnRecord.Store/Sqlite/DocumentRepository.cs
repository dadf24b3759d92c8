using System.Globalization;
using System.Text;
using OnRecord.Core.Documents;
using OnRecord.Store.Dedup;

namespace OnRecord.Store.Sqlite;

/// <summary>Rows of <c>documents</c>, <c>copies</c>, <c>sources</c>, <c>lsh_bands</c> and <c>index_queue</c>.</summary>
internal sealed class DocumentRepository(SqlSession sql)
{
    /// <summary>Stories examined per new document at most, so that a flood of near-identical boilerplate cannot slow ingest to a crawl.</summary>
    private const int MaxCandidates = 64;

    private readonly Dictionary<string, long> _sources = new(StringComparer.Ordinal);
    private readonly string _candidateSql = BuildCandidateSql();

    public (long Id, byte[] Hash)? FindByKey(string key)
    {
        using var r = sql.Command("SELECT id, content_hash FROM documents WHERE doc_key = $1", key).ExecuteReader();
        return r.Read() ? (r.GetInt64(0), (byte[])r[1]) : null;
    }

    public (long Id, long DocumentId, byte[] Hash)? FindCopyByKey(string key)
    {
        using var r = sql.Command("SELECT id, document_id, content_hash FROM copies WHERE doc_key = $1", key).ExecuteReader();
        return r.Read() ? (r.GetInt64(0), r.GetInt64(1), (byte[])r[2]) : null;
    }

    public long? FindByHash(byte[] hash) => sql.Long("SELECT id FROM documents WHERE content_hash = $1 LIMIT 1", hash);

    /// <summary>Stories that share at least one LSH band with <paramref name="fingerprint"/>, most shared bands first.</summary>
    public List<(long Id, StoryFingerprint Fingerprint)> NearCandidates(StoryFingerprint fingerprint)
    {
        var values = new object?[LshBands.Count + 1];
        for (var i = 0; i < LshBands.Count; i++)
        {
            values[i] = fingerprint.Bands[i];
        }
        values[LshBands.Count] = MaxCandidates;
        var ids = new List<long>();
        using (var r = sql.Command(_candidateSql, values).ExecuteReader())
        {
            while (r.Read())
            {
                ids.Add(r.GetInt64(0));
            }
        }
        var result = new List<(long, StoryFingerprint)>(ids.Count);
        foreach (var id in ids)
        {
            using var r = sql.Command("SELECT shingles, minhash FROM documents WHERE id = $1", id).ExecuteReader();
            if (r.Read())
            {
                result.Add((id, StoryFingerprint.FromStored(r.GetInt32(0), (byte[])r[1])));
            }
        }
        return result;
    }

    public long Insert(Document d, string key, byte[] hash, StoryFingerprint fingerprint, long layers)
    {
        var id = sql.Insert(
            """
            INSERT INTO documents(doc_key, doc_id, content_hash, date, day, dateline, source_id, title, url, text, body_start, body_end, extracted, layers, shingles, minhash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
            """,
            key, d.Id, hash, DateText(d.Date), Day(d.Date), d.Dateline, SourceId(d.Source), d.Title, d.Url, d.Text,
            d.Body.Start, d.Body.End, d.IsExtractedText ? 1 : 0, layers, fingerprint.ShingleCount, MinHash.ToBytes(fingerprint.Signature), key);
        AddBands(id, fingerprint);
        return id;
    }

    /// <summary>
    /// Keeps a story's current version as a copy of itself, before <see cref="Update"/> puts a fuller version
    /// of it (under another key) in its place: a trimmed copy seen first must not hide the full story's statements.
    /// </summary>
    public void DemoteToCopy(long id, double similarity) =>
        sql.Execute(
            """
            INSERT INTO copies(document_id, doc_key, doc_id, content_hash, kind, similarity, date, source_id, title, url)
            SELECT id, doc_key, doc_id, content_hash, 'near', $2, date, source_id, title, url FROM documents WHERE id = $1
            """,
            id, similarity);

    /// <summary>Replaces a story's content and metadata in place; its layers must be deleted first.</summary>
    public void Update(long id, Document d, string key, byte[] hash, StoryFingerprint fingerprint, long layers)
    {
        using (var r = sql.Command("SELECT shingles, minhash FROM documents WHERE id = $1", id).ExecuteReader())
        {
            if (r.Read())
            {
                foreach (var band in StoryFingerprint.FromStored(r.GetInt32(0), (byte[])r[1]).Bands)
                {
                    sql.Execute("DELETE FROM lsh_bands WHERE band_hash = $1 AND document_id = $2", band, id);
                }
            }
        }
        sql.Execute(
            """
            UPDATE documents SET doc_key = $17, doc_id = $2, content_hash = $3, date = $4, day = $5, dateline = $6, source_id = $7, title = $8, url = $9,
                text = $10, body_start = $11, body_end = $12, extracted = $13, layers = $14, shingles = $15, minhash = $16
            WHERE id = $1
            """,
            id, d.Id, hash, DateText(d.Date), Day(d.Date), d.Dateline, SourceId(d.Source), d.Title, d.Url, d.Text,
            d.Body.Start, d.Body.End, d.IsExtractedText ? 1 : 0, layers, fingerprint.ShingleCount, MinHash.ToBytes(fingerprint.Signature), key);
        AddBands(id, fingerprint);
    }

    /// <summary>Deletes every annotation row of a story (not the story), before its layers are written again.</summary>
    public void DeleteLayers(long id)
    {
        foreach (var table in LayerTables)
        {
            sql.Execute($"DELETE FROM {table} WHERE document_id = $1", id);
        }
    }

    public void InsertCopy(long documentId, Document d, string key, byte[] hash, string kind, double similarity) =>
        sql.Execute(
            """
            INSERT INTO copies(document_id, doc_key, doc_id, content_hash, kind, similarity, date, source_id, title, url)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """,
            documentId, key, d.Id, hash, kind, similarity, DateText(d.Date), SourceId(d.Source), d.Title, d.Url);

    public void DeleteCopy(long copyId) => sql.Execute("DELETE FROM copies WHERE id = $1", copyId);

    /// <summary>Queues a story for the search index, in the same transaction as its rows.</summary>
    public void Enqueue(long documentId) => sql.Execute("INSERT INTO index_queue(document_id) VALUES ($1)", documentId);

    /// <summary>Forgets cached row ids after a rollback, which may have removed them.</summary>
    public void ForgetCaches() => _sources.Clear();

    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int? Day(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;

    private static readonly string[] LayerTables = ["mentions", "quotes", "timexes", "quantities", "claims", "events"];

    private void AddBands(long id, StoryFingerprint fingerprint)
    {
        foreach (var band in fingerprint.Bands)
        {
            sql.Execute("INSERT OR IGNORE INTO lsh_bands(band_hash, document_id) VALUES ($1, $2)", band, id);
        }
    }

    private long? SourceId(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        if (_sources.TryGetValue(name, out var id))
        {
            return id;
        }
        id = sql.Long("SELECT id FROM sources WHERE name = $1", name) ?? sql.Insert("INSERT INTO sources(name) VALUES ($1)", name);
        _sources[name] = id;
        return id;
    }

    private static string BuildCandidateSql()
    {
        var sb = new StringBuilder("SELECT document_id FROM lsh_bands WHERE band_hash IN (");
        for (var i = 1; i <= LshBands.Count; i++)
        {
            sb.Append(i > 1 ? ", $" : "$").Append(i.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append(") GROUP BY document_id ORDER BY count(*) DESC LIMIT $").Append((LshBands.Count + 1).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
