using OnRecord.Store.Sqlite;

namespace OnRecord.Store.Query;

/// <summary>Reads result rows from SQLite by row id.</summary>
internal sealed class RowLoader(SqlSession sql)
{
    private const string QuoteColumns =
        """
        SELECT q.id, q.document_id, d.doc_id, d.date, s.name, d.title, d.url, root.name, q.speaker_text, q.speaker_role,
               q.kind, q.cue, q.content, q.confidence, q.statement_date, q.statement_day,
               (SELECT count(*) FROM copies c WHERE c.document_id = d.id)
        FROM quotes q
        JOIN documents d ON d.id = q.document_id
        LEFT JOIN sources s ON s.id = d.source_id
        LEFT JOIN entities se ON se.id = q.speaker_entity_id
        LEFT JOIN entities root ON root.id = se.root_id
        """;

    public QuoteRow? Quote(long id)
    {
        using var r = sql.Command(QuoteColumns + " WHERE q.id = $1", id).ExecuteReader();
        return r.Read() ? ReadQuote(r) : null;
    }

    /// <summary>The first <paramref name="limit"/> statements of a merged speaker in order of statement day.</summary>
    public List<QuoteRow> QuotesBySpeaker(long rootId, int limit)
    {
        // Order and cut on the quotes table alone, then load the few rows shown.
        var ids = new List<long>();
        using (var r = sql.Command(
            "SELECT id FROM quotes WHERE speaker_entity_id IN (SELECT id FROM entities WHERE root_id = $1) ORDER BY statement_day, document_id, ordinal LIMIT $2",
            rootId, limit).ExecuteReader())
        {
            while (r.Read())
            {
                ids.Add(r.GetInt64(0));
            }
        }
        return ids.Select(Quote).OfType<QuoteRow>().ToList();
    }

    public StoryRow? Story(long id)
    {
        StoryRow? story;
        using (var r = sql.Command(
            """
            SELECT d.id, d.doc_id, d.date, d.dateline, s.name, d.title, d.url, substr(d.text, d.body_start + 1, 240),
                   (SELECT count(*) FROM quotes q WHERE q.document_id = d.id)
            FROM documents d LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = $1
            """, id).ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }
            story = new StoryRow(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6),
                r.GetString(7).ReplaceLineEndings(" "), r.GetInt32(8), []);
        }
        var copies = new List<CopyRow>();
        using (var r = sql.Command(
            "SELECT c.doc_id, c.kind, c.similarity, c.date, s.name, c.title, c.url FROM copies c LEFT JOIN sources s ON s.id = c.source_id WHERE c.document_id = $1 ORDER BY c.id",
            id).ExecuteReader())
        {
            while (r.Read())
            {
                copies.Add(new CopyRow(r.GetString(0), r.GetString(1), r.GetDouble(2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6)));
            }
        }
        return story with { Copies = copies };
    }

    private static QuoteRow ReadQuote(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9),
        r.GetString(10), Text(r, 11), r.GetString(12), r.GetDouble(13), Text(r, 14), r.IsDBNull(15) ? null : r.GetInt32(15), r.GetInt32(16));

    private static string? Text(Microsoft.Data.Sqlite.SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
